import { DOCUMENT_TYPES, uploadProblem, type UploadRule } from '../files/upload-rules';

export { extensionOf } from '../files/upload-rules';

/** Evidence of the work: office documents, PDFs, photos and archives of them, up to 20 MB. */
export const EVIDENCE_FILES: UploadRule = {
  maxBytes: 20 * 1024 * 1024,
  types: DOCUMENT_TYPES,
  acceptedText: 'Chỉ nhận tệp PDF, Word, Excel, PowerPoint, ảnh JPG/PNG hoặc ZIP.',
};

export const MAX_EVIDENCE_BYTES = EVIDENCE_FILES.maxBytes;

export const MEDIA_TYPES: Record<string, string> = Object.fromEntries(Object.entries(DOCUMENT_TYPES).map(([ext, t]) => [ext, t.mediaType]));

export const ALLOWED_EXTENSIONS = Object.keys(DOCUMENT_TYPES);

export function evidenceFileProblem(fileName: string, head: Uint8Array): 'TYPE_NOT_ALLOWED' | 'CONTENT_MISMATCH' | null {
  return uploadProblem(EVIDENCE_FILES, fileName, head);
}
