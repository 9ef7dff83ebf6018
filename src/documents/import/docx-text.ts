import { runInCappedWorker } from '../worker/capped-worker';
import { inspectZip } from '../xlsx/zip-guard';
import { ImportRefused } from './import-refused';
import { DOCX_WORKER_LIMITS, MAX_DOCX_ENTRIES, MAX_DOCX_MARKUP_BYTES, MAX_DOCX_UNPACKED_BYTES, MAX_TEXT_CHARS } from './import-limits';
import { refusalOf } from './worker-refusals';

const damaged = () => new ImportRefused('DAMAGED_FILE', 'Tệp Word (.docx) bị hỏng hoặc không đầy đủ (có thể tải lên bị ngắt giữa chừng); hãy mở lại bằng Word và lưu lại.');
const tooLarge = () =>
  new ImportRefused(
    'FILE_TOO_LARGE',
    `Tệp Word giải nén ra quá lớn (nội dung chữ hơn ${MAX_DOCX_MARKUP_BYTES / 1024 / 1024} MB hoặc cả tệp hơn ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MB): không phải một kế hoạch thông thường.`,
  );

/**
 * The text of a DOCX as the plan parser reads it (see docx-text-worker.mjs for how a document becomes
 * lines). The ZIP is measured first, streaming, so a bomb is refused before anything unpacks it; then
 * mammoth reads it in a capped thread (decision 0020).
 */
export async function docxText(bytes: Buffer): Promise<string> {
  const names = await inspectZip(bytes, {
    maxEntries: MAX_DOCX_ENTRIES,
    maxUnpackedBytes: MAX_DOCX_UNPACKED_BYTES,
    maxMarkupBytes: MAX_DOCX_MARKUP_BYTES,
    refusals: { notZip: damaged, tooLarge },
  });
  if (!names.includes('word/document.xml')) {
    throw new ImportRefused('UNSUPPORTED_FORMAT', 'Tệp nén này không phải tệp Word (.docx): chỉ nhận kế hoạch dạng Word (.docx), PDF hoặc văn bản thuần (.txt, .md).');
  }
  const outcome = await runInCappedWorker<string>(new URL('./docx-text-worker.mjs', import.meta.url), bytes, { maxChars: MAX_TEXT_CHARS }, DOCX_WORKER_LIMITS);
  if (outcome.kind === 'done') return outcome.value;
  throw refusalOf(outcome, { kind: 'Word', timeLimitMs: DOCX_WORKER_LIMITS.timeLimitMs, damaged });
}
