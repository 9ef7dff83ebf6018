/**
 * A Content-Disposition header that keeps a Vietnamese file name: browsers that read RFC 6266 take
 * `filename*` (UTF-8), older ones fall back to an ASCII name without diacritics ("Văn bản" → "Van ban").
 */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  // "06/KH-SYT" in a name would read as a folder: the symbol's slash becomes a dash.
  const fileName = name.replace(/[/\\]/g, '-');
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '')
      .trim() || 'tep';
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
