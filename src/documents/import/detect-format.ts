import { ImportRefused } from './import-refused';
import { MAX_IMPORT_BYTES } from './import-limits';

export type ImportFormat = 'docx' | 'pdf' | 'txt';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PDF = Buffer.from('%PDF-');
/** Readers accept the PDF header anywhere in the first kilobyte (some generators put junk first). */
const PDF_HEADER_WINDOW = 1024;

/**
 * What the file is, read from its bytes: the name's extension is only a hint people get wrong
 * ("kehoach.pdf" that is a Word file, a .doc renamed .docx).
 */
export function detectFormat(bytes: Buffer): ImportFormat {
  if (bytes.length === 0 || bytes.toString('latin1', 0, Math.min(bytes.length, 4096)).trim() === '') {
    throw new ImportRefused('EMPTY_FILE', 'Tệp rỗng: không có nội dung để nhập.');
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportRefused('FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_IMPORT_BYTES / 1024 / 1024} MB; một kế hoạch thường chỉ vài MB.`);
  }
  if (bytes.subarray(0, 4).equals(ZIP)) return 'docx';
  if (bytes.subarray(0, 8).equals(OLE)) {
    throw new ImportRefused(
      'LEGACY_DOC',
      'Đây là tệp Word 97–2003 (.doc) hoặc tệp Word có đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu (nếu có) và lưu lại dưới dạng .docx.',
    );
  }
  if (bytes.subarray(0, PDF_HEADER_WINDOW).indexOf(PDF) >= 0) return 'pdf';
  if (looksLikeText(bytes)) return 'txt';
  throw new ImportRefused('UNSUPPORTED_FORMAT', 'Không đọc được tệp: chỉ nhận kế hoạch dạng Word (.docx), PDF hoặc văn bản thuần (.txt, .md).');
}

function looksLikeText(bytes: Buffer): boolean {
  if (utf16Order(bytes)) return true;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters other than tab, line breaks and form feed mean a binary file that happens to be valid UTF-8.
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
  } catch {
    return false;
  }
}

/** UTF-16 by its byte order mark, or without one by the zero high bytes of mostly-ASCII text. */
export function utf16Order(bytes: Buffer): 'le' | 'be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  const sample = bytes.subarray(0, Math.min(bytes.length, 2000) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'le';
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'be';
  return null;
}
