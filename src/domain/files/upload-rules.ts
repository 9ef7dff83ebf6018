/**
 * What a kind of upload accepts: which extensions, what each must begin with (its signature), and how
 * large it may be. Checked by name and by first bytes, so a renamed executable or page is refused.
 */
export type FileType = { mediaType: string; /** Any of these byte patterns at the start; null matches any byte. */ signatures: (number | null)[][] };
export type UploadRule = { maxBytes: number; types: Record<string, FileType>; /** "Chỉ nhận …", shown when the type is refused. */ acceptedText: string };

export type UploadProblem = 'TYPE_NOT_ALLOWED' | 'CONTENT_MISMATCH';

/** Enough of the head of a file to read every signature we know (WebP's sits at bytes 8–11). */
export const HEAD_BYTES = 16;

const ZIP = [[0x50, 0x4b, 0x03, 0x04]];
const OLE = [[0xd0, 0xcf, 0x11, 0xe0]];
const JPEG = [[0xff, 0xd8, 0xff]];
const PNG = [[0x89, 0x50, 0x4e, 0x47]];

export const IMAGE_TYPES: Record<string, FileType> = {
  jpg: { mediaType: 'image/jpeg', signatures: JPEG },
  jpeg: { mediaType: 'image/jpeg', signatures: JPEG },
  png: { mediaType: 'image/png', signatures: PNG },
  gif: { mediaType: 'image/gif', signatures: [[0x47, 0x49, 0x46, 0x38, 0x37, 0x61], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]] },
  webp: { mediaType: 'image/webp', signatures: [[0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]] },
};

/** Office documents, PDFs, photos and archives of them: what a unit scans or exports, nothing a browser would run. */
export const DOCUMENT_TYPES: Record<string, FileType> = {
  pdf: { mediaType: 'application/pdf', signatures: [[0x25, 0x50, 0x44, 0x46]] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signatures: ZIP },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signatures: ZIP },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', signatures: ZIP },
  zip: { mediaType: 'application/zip', signatures: ZIP },
  doc: { mediaType: 'application/msword', signatures: OLE },
  xls: { mediaType: 'application/vnd.ms-excel', signatures: OLE },
  png: IMAGE_TYPES.png!,
  jpg: IMAGE_TYPES.jpg!,
  jpeg: IMAGE_TYPES.jpeg!,
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function uploadProblem(rule: UploadRule, fileName: string, head: Uint8Array): UploadProblem | null {
  const type = rule.types[extensionOf(fileName)];
  if (!type) return 'TYPE_NOT_ALLOWED';
  return type.signatures.some((sig) => sig.every((b, i) => b === null || head[i] === b)) ? null : 'CONTENT_MISMATCH';
}

export const mediaTypeOf = (rule: UploadRule, fileName: string) => rule.types[extensionOf(fileName)]?.mediaType ?? 'application/octet-stream';
