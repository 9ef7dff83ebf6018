import { publicFilePath } from '../shared/public-urls';

/**
 * The editor stores images of an item by their staff address (/api/media-items/:id/files/:fileId),
 * which a citizen cannot open; on a public page the same file is served at /p/:orgCode/tep/:fileId,
 * and only while the item is published. Runs on HTML that has just been through the sanitiser.
 */
export function withPublicFileLinks(safeHtml: string, orgCode: string): string {
  return safeHtml.replace(/(\s(?:src|href)=")\/api\/media-items\/[A-Za-z0-9-]+\/files\/([A-Za-z0-9-]+)(")/g, (_, before: string, fileId: string, after: string) => `${before}${publicFilePath(orgCode, fileId)}${after}`);
}
