import { runInCappedWorker } from '../worker/capped-worker';
import type { GridCell } from './cell-values';
import { MAX_GRID_CELLS, MAX_GRID_CHARS, MAX_UNPACKED_BYTES, MAX_WORKBOOK_BYTES, MAX_ZIP_ENTRIES, WORKBOOK_WORKER_LIMITS } from './workbook-layout';
import { WorkbookRefused } from './workbook-refused';
import { inspectZip } from './zip-guard';

/** A row of a sheet that holds values: its number as Excel shows it, and its non-empty cells by column. */
export type GridRow = { number: number; cells: Map<number, GridCell> };
/** Each sheet's rows holding values, in order. */
export type Grid = GridRow[][];

/**
 * What the person can do about a refusal, in the words of the upload it concerns: `smaller` for a file too
 * large or too slow to read ("hãy chỉ giữ các dòng cần cập nhật").
 */
export type GridAdvice = { smaller: string };

/** What the capped thread hands back (workbook-worker.mjs). */
type WorkerRow = [number, Array<[number, GridCell['value']] | [number, GridCell['value'], string]>];
type WorkerGrid = Array<{ name: string; rows: WorkerRow[] }>;

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const notXlsx = () => new WorkbookRefused('NOT_XLSX', 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.');

/**
 * The cells of an uploaded workbook, for any reader of one (the bulk update, the procedure list): checked
 * here for what it is and, streaming, for what it unpacks to; then loaded by exceljs in a capped thread
 * (decision 0020), which answers only the cells' plain values. A file it cannot read is refused with the
 * reason, in Vietnamese.
 */
export async function loadWorkbookGrid(bytes: Buffer, advice: GridAdvice): Promise<Grid> {
  if (bytes.length === 0) throw new WorkbookRefused('EMPTY_FILE', 'Tệp rỗng.');
  if (bytes.length > MAX_WORKBOOK_BYTES) throw new WorkbookRefused('FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB; ${advice.smaller}.`);
  if (bytes.subarray(0, 4).equals(OLE_SIGNATURE)) {
    throw new WorkbookRefused('LEGACY_XLS', 'Đây là tệp Excel 97–2003 (.xls): hãy mở tệp và lưu lại dưới dạng "Excel Workbook (.xlsx)".');
  }
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notXlsx();
  const names = await inspectZip(bytes, { maxEntries: MAX_ZIP_ENTRIES, maxUnpackedBytes: MAX_UNPACKED_BYTES });
  // A Word file or any other ZIP passes the guard but is no workbook.
  if (!names.includes('xl/workbook.xml')) throw notXlsx();
  const outcome = await runInCappedWorker<WorkerGrid>(new URL('./workbook-worker.mjs', import.meta.url), bytes, { maxCells: MAX_GRID_CELLS, maxChars: MAX_GRID_CHARS }, WORKBOOK_WORKER_LIMITS);
  switch (outcome.kind) {
    case 'done':
      return outcome.value.map((sheet) => sheet.rows.map(([number, cells]) => ({ number, cells: new Map(cells.map(([column, value, numFmt]) => [column, numFmt ? { value, numFmt } : { value }])) })));
    case 'busy':
      throw new WorkbookRefused('SERVER_BUSY', 'Máy chủ đang đọc nhiều tệp khác cùng lúc; hãy thử lại sau ít phút.');
    case 'too-slow':
      throw new WorkbookRefused('TOO_SLOW', `Đọc tệp Excel quá ${Math.round(WORKBOOK_WORKER_LIMITS.timeLimitMs / 1000)} giây nên đã dừng; ${advice.smaller}.`);
    case 'out-of-memory':
      throw new WorkbookRefused('FILE_TOO_LARGE', `Tệp Excel quá lớn hoặc quá phức tạp để đọc (vượt giới hạn bộ nhớ dành cho việc đọc tệp); ${advice.smaller}.`);
    case 'refused':
      if (outcome.reason === 'TOO_MANY_CELLS') {
        throw new WorkbookRefused('TOO_MANY_ROWS', `Tệp có quá nhiều ô có dữ liệu (hơn ${MAX_GRID_CELLS.toLocaleString('vi-VN')} ô): ${advice.smaller}.`);
      }
      throw notXlsx();
    case 'crashed':
      throw notXlsx();
  }
}
