import { runInCappedWorker } from '../worker/capped-worker';
import { ImportRefused } from './import-refused';
import { MAX_PDF_PAGES, MAX_TEXT_CHARS, PDF_HEAP_MB, PDF_TIME_LIMIT_MS } from './import-limits';
import { pdfLines, type PdfItem } from './pdf-lines';
import { refusalOf } from './worker-refusals';

export type PdfLimits = { timeLimitMs: number; maxPages: number };

const damaged = () => new ImportRefused('DAMAGED_FILE', 'Tệp PDF bị hỏng hoặc không đầy đủ (có thể tải lên bị ngắt giữa chừng).');

/**
 * The text of a PDF, page by page, read by pdfjs in a capped thread (capped-worker.ts): terminating the
 * thread is the only way to stop a parse that loops or grows without end.
 */
export async function pdfText(bytes: Buffer, limits: PdfLimits = { timeLimitMs: PDF_TIME_LIMIT_MS, maxPages: MAX_PDF_PAGES }): Promise<{ text: string; pages: number }> {
  const outcome = await runInCappedWorker<{ pages: number; items: PdfItem[][] }>(
    new URL('./pdf-text-worker.mjs', import.meta.url),
    bytes,
    { maxPages: limits.maxPages, maxChars: MAX_TEXT_CHARS },
    { heapMb: PDF_HEAP_MB, timeLimitMs: limits.timeLimitMs },
  );
  if (outcome.kind !== 'done') {
    throw refusalOf(outcome, {
      kind: 'PDF',
      timeLimitMs: limits.timeLimitMs,
      damaged,
      reasons: {
        PASSWORD: () => new ImportRefused('PASSWORD_PROTECTED', 'Tệp PDF có đặt mật khẩu: hãy bỏ mật khẩu (hoặc tải lên bản Word) rồi thử lại.'),
        TOO_MANY_PAGES: (pages) => new ImportRefused('TOO_MANY_PAGES', `Tệp PDF có ${pages} trang, quá ${limits.maxPages} trang: không phải một kế hoạch thông thường.`),
      },
    });
  }
  return { text: pdfLines(outcome.value.items).join('\n'), pages: outcome.value.pages };
}
