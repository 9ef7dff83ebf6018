import { DOCUMENT_TYPES, IMAGE_TYPES, type UploadRule } from '../files/upload-rules';

/** Forms a citizen downloads (tờ khai, mẫu đơn): Word, PDF, Excel, as the body publishes them. */
export const FORM_FILES: UploadRule = {
  maxBytes: 10 * 1024 * 1024,
  types: { pdf: DOCUMENT_TYPES.pdf!, docx: DOCUMENT_TYPES.docx!, doc: DOCUMENT_TYPES.doc!, xlsx: DOCUMENT_TYPES.xlsx!, xls: DOCUMENT_TYPES.xls! },
  acceptedText: 'Chỉ nhận biểu mẫu PDF, Word hoặc Excel.',
};

/** Proof of a posting: a photo of the board, or a scan of the minutes. */
export const POSTING_PROOF_FILES: UploadRule = {
  maxBytes: 10 * 1024 * 1024,
  types: { ...IMAGE_TYPES, pdf: DOCUMENT_TYPES.pdf! },
  acceptedText: 'Chỉ nhận ảnh JPG, PNG, GIF, WebP hoặc tệp PDF.',
};
