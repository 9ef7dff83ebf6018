import { Worker } from 'node:worker_threads';
import { ImportRefused } from './import-refused';
import { MAX_PDF_PAGES, PDF_HEAP_MB, PDF_TIME_LIMIT_MS } from './import-limits';
import { pdfLines, type PdfItem } from './pdf-lines';

type WorkerAnswer = { ok: true; pages: number; items: PdfItem[][] } | { ok: false; name: string; message: string };

export type PdfLimits = { timeLimitMs: number; maxPages: number };

const damaged = () => new ImportRefused('DAMAGED_FILE', 'Tệp PDF bị hỏng hoặc không đầy đủ (có thể tải lên bị ngắt giữa chừng).');

/**
 * The text of a PDF, page by page, read by pdfjs in a separate thread with a time limit and a heap
 * cap: terminating the thread is the only way to stop a parse that loops or grows without end.
 */
export async function pdfText(bytes: Buffer, limits: PdfLimits = { timeLimitMs: PDF_TIME_LIMIT_MS, maxPages: MAX_PDF_PAGES }): Promise<{ text: string; pages: number }> {
  const answer = await runWorker(bytes, limits);
  if (!answer.ok) {
    if (answer.name === 'PasswordException') {
      throw new ImportRefused('PASSWORD_PROTECTED', 'Tệp PDF có đặt mật khẩu: hãy bỏ mật khẩu (hoặc tải lên bản Word) rồi thử lại.');
    }
    throw damaged();
  }
  if (answer.pages > limits.maxPages) {
    throw new ImportRefused('TOO_MANY_PAGES', `Tệp PDF có ${answer.pages} trang, quá ${limits.maxPages} trang: không phải một kế hoạch thông thường.`);
  }
  const text = pdfLines(answer.items).join('\n');
  return { text, pages: answer.pages };
}

function runWorker(bytes: Buffer, limits: PdfLimits): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const copy = new Uint8Array(bytes);
    const worker = new Worker(new URL('./pdf-text-worker.mjs', import.meta.url), {
      workerData: { bytes: copy, maxPages: limits.maxPages },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: PDF_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ImportRefused('TOO_SLOW', `Đọc tệp PDF quá ${Math.round(limits.timeLimitMs / 1000)} giây nên đã dừng; hãy tải lên bản Word (.docx) của kế hoạch.`));
    }, limits.timeLimitMs);
    const settle = (action: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    worker.once('message', (answer: WorkerAnswer) => settle(() => resolve(answer)));
    // Out of memory or a crash inside pdfjs: the file, not the server, is at fault.
    worker.once('error', () => settle(() => reject(damaged())));
    worker.once('exit', () => settle(() => reject(damaged())));
  });
}
