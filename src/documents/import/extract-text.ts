import { detectFormat, type ImportFormat } from './detect-format';
import { docxText } from './docx-text';
import { ImportRefused } from './import-refused';
import { MAX_TEXT_CHARS } from './import-limits';
import { pdfText } from './pdf-text';
import { decodeText } from './txt-text';

export type ExtractedText = { text: string; format: ImportFormat; pages?: number };

/**
 * The plain text of an uploaded plan, for the plan parser (`parsePlanText`): the format is read from
 * the bytes, not the file name. A file that cannot be read is refused with an `ImportRefused` whose
 * message says why in Vietnamese; nothing here throws anything else. The file name only names the
 * file in that message.
 */
export async function extractPlanText(bytes: Buffer, fileName?: string): Promise<ExtractedText> {
  const format = detectFormat(bytes);
  const read = await readText(bytes, format);
  const text = tidy(read.text);
  if (text.trim() === '') {
    const named = fileName ? `Tệp "${fileName}"` : 'Tệp';
    throw new ImportRefused(
      'NO_TEXT',
      format === 'pdf'
        ? `${named} không có chữ đọc được (có thể là bản scan ảnh): hãy tải lên bản Word hoặc PDF xuất từ Word.`
        : `${named} không có nội dung chữ.`,
    );
  }
  if (text.length > MAX_TEXT_CHARS) throw new ImportRefused('FILE_TOO_LARGE', 'Tệp có quá nhiều chữ: không phải một kế hoạch thông thường.');
  return read.pages === undefined ? { text, format } : { text, format, pages: read.pages };
}

async function readText(bytes: Buffer, format: ImportFormat): Promise<{ text: string; pages?: number }> {
  try {
    if (format === 'docx') return { text: await docxText(bytes) };
    if (format === 'pdf') return await pdfText(bytes);
    return { text: decodeText(bytes) };
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    throw new ImportRefused('DAMAGED_FILE', 'Tệp bị hỏng hoặc không đọc được.');
  }
}

/** Line breaks of any system as "\n", no-break spaces as spaces, no trailing spaces; blank lines are kept. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?|\f|\u2028|\u2029/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '');
}
