/**
 * Which files may be uploaded as evidence: office documents, PDFs, images and archives of them —
 * what a unit scans or exports — and nothing a browser would run. Checked by extension and, where
 * the format has one, by its first bytes, so a renamed executable is refused.
 */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

const SIGNATURES: Record<string, number[][]> = {
  pdf: [[0x25, 0x50, 0x44, 0x46]],
  docx: [[0x50, 0x4b, 0x03, 0x04]],
  xlsx: [[0x50, 0x4b, 0x03, 0x04]],
  pptx: [[0x50, 0x4b, 0x03, 0x04]],
  zip: [[0x50, 0x4b, 0x03, 0x04]],
  doc: [[0xd0, 0xcf, 0x11, 0xe0]],
  xls: [[0xd0, 0xcf, 0x11, 0xe0]],
  png: [[0x89, 0x50, 0x4e, 0x47]],
  jpg: [[0xff, 0xd8, 0xff]],
  jpeg: [[0xff, 0xd8, 0xff]],
};

export const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

export const ALLOWED_EXTENSIONS = Object.keys(SIGNATURES);

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function evidenceFileProblem(fileName: string, head: Uint8Array): 'TYPE_NOT_ALLOWED' | 'CONTENT_MISMATCH' | null {
  const signatures = SIGNATURES[extensionOf(fileName)];
  if (!signatures) return 'TYPE_NOT_ALLOWED';
  return signatures.some((sig) => sig.every((b, i) => head[i] === b)) ? null : 'CONTENT_MISMATCH';
}
