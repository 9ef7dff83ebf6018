import { bulkProblem, type BulkProblem, type BulkRow } from '../../domain/occurrences/bulk-update';
import { runInCappedWorker } from '../worker/capped-worker';
import { cellText, readProgress, recogniseStatus, type GridCell } from './cell-values';
import {
  columnNamed,
  MAX_GRID_CELLS,
  MAX_GRID_CHARS,
  MAX_UNPACKED_BYTES,
  MAX_WORKBOOK_BYTES,
  MAX_WORKBOOK_ROWS,
  MAX_ZIP_ENTRIES,
  WORKBOOK_WORKER_LIMITS,
  type ColumnKey,
} from './workbook-layout';
import { WorkbookRefused } from './workbook-refused';
import { inspectZip } from './zip-guard';

export type ReadWorkbook = { rows: BulkRow[]; problems: BulkProblem[] };

/** What the capped thread hands back (workbook-worker.mjs): each sheet's rows holding values. */
type GridRow = [number, Array<[number, GridCell['value']] | [number, GridCell['value'], string]>];
type Grid = Array<{ name: string; rows: GridRow[] }>;
type Row = { number: number; cells: Map<number, GridCell> };
type Table = { rows: Row[]; headerRow: number; columns: Partial<Record<ColumnKey, number>> };

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The header is looked for in the first rows only: above it are a title and a hint. */
const HEADER_SEARCH_ROWS = 15;

const notXlsx = () => new WorkbookRefused('NOT_XLSX', 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.');

/**
 * Reads a filled-in workbook back into rows, forgiving what people do in Excel: columns moved, rows
 * sorted, deleted or left blank, statuses typed without accents, progress as "50%" or 0.5. An empty
 * cell means "leave as it is". A row it cannot make sense of becomes a problem naming the row; a
 * file it cannot read at all is refused with the reason.
 */
export async function readOccurrenceWorkbook(bytes: Buffer): Promise<ReadWorkbook> {
  const table = findTable(await loadGrid(bytes));
  const rows: BulkRow[] = [];
  const problems: BulkProblem[] = [];
  let seen = 0;
  // Only rows holding values: a sheet formatted down to row 1 048 576 is not a million rows of work.
  for (const row of table.rows) {
    if (row.number <= table.headerRow) continue;
    const read = readRow(table, row);
    if (!read) continue;
    if (++seen > MAX_WORKBOOK_ROWS) throw new WorkbookRefused('TOO_MANY_ROWS', `Tệp có hơn ${MAX_WORKBOOK_ROWS} dòng; hãy chia thành nhiều tệp nhỏ hơn.`);
    if ('problems' in read) problems.push(...read.problems);
    else rows.push(read);
  }
  if (seen === 0) throw new WorkbookRefused('NO_ROWS', 'Tệp không có dòng nào để cập nhật.');
  return { rows, problems };
}

/**
 * The cells of the workbook: checked here for what it is and, streaming, for what it unpacks to; then
 * loaded by exceljs in a capped thread (decision 0020), which answers only the cells' plain values.
 */
async function loadGrid(bytes: Buffer): Promise<Row[][]> {
  if (bytes.length === 0) throw new WorkbookRefused('EMPTY_FILE', 'Tệp rỗng.');
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw new WorkbookRefused('FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB; hãy chỉ giữ các dòng cần cập nhật.`);
  }
  if (bytes.subarray(0, 4).equals(OLE_SIGNATURE)) {
    throw new WorkbookRefused('LEGACY_XLS', 'Đây là tệp Excel 97–2003 (.xls): hãy mở tệp và lưu lại dưới dạng "Excel Workbook (.xlsx)".');
  }
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notXlsx();
  const names = await inspectZip(bytes, { maxEntries: MAX_ZIP_ENTRIES, maxUnpackedBytes: MAX_UNPACKED_BYTES });
  // A Word file or any other ZIP passes the guard but is no workbook.
  if (!names.includes('xl/workbook.xml')) throw notXlsx();
  const outcome = await runInCappedWorker<Grid>(new URL('./workbook-worker.mjs', import.meta.url), bytes, { maxCells: MAX_GRID_CELLS, maxChars: MAX_GRID_CHARS }, WORKBOOK_WORKER_LIMITS);
  switch (outcome.kind) {
    case 'done':
      return outcome.value.map((sheet) => sheet.rows.map(([number, cells]) => ({ number, cells: new Map(cells.map(([column, value, numFmt]) => [column, numFmt ? { value, numFmt } : { value }])) })));
    case 'busy':
      throw new WorkbookRefused('SERVER_BUSY', 'Máy chủ đang đọc nhiều tệp khác cùng lúc; hãy thử lại sau ít phút.');
    case 'too-slow':
      throw new WorkbookRefused('TOO_SLOW', `Đọc tệp Excel quá ${Math.round(WORKBOOK_WORKER_LIMITS.timeLimitMs / 1000)} giây nên đã dừng; hãy dùng tệp tải về từ nút "Tải Excel" và chỉ giữ các dòng cần cập nhật.`);
    case 'out-of-memory':
      throw new WorkbookRefused('FILE_TOO_LARGE', 'Tệp Excel quá lớn hoặc quá phức tạp để đọc (vượt giới hạn bộ nhớ dành cho việc đọc tệp); hãy chỉ giữ các dòng cần cập nhật.');
    case 'refused':
      if (outcome.reason === 'TOO_MANY_CELLS') {
        throw new WorkbookRefused('TOO_MANY_ROWS', `Tệp có quá nhiều ô có dữ liệu (hơn ${MAX_GRID_CELLS.toLocaleString('vi-VN')} ô): hãy dùng tệp tải về từ nút "Tải Excel" và chỉ giữ các dòng cần cập nhật.`);
      }
      throw notXlsx();
    case 'crashed':
      throw notXlsx();
  }
}

function findTable(sheets: Row[][]): Table {
  for (const rows of sheets) {
    for (const row of rows) {
      if (row.number > HEADER_SEARCH_ROWS) break;
      const columns: Table['columns'] = {};
      for (const [col, cell] of row.cells) {
        const key = columnNamed(cellText(cell));
        if (key && columns[key] === undefined) columns[key] = col;
      }
      if (columns.id !== undefined && (columns.status ?? columns.progress ?? columns.note) !== undefined) return { rows, headerRow: row.number, columns };
    }
  }
  throw new WorkbookRefused('NO_HEADER', 'Không tìm thấy dòng tiêu đề có cột "Mã kỳ" và "Trạng thái", "Tiến độ (%)" hoặc "Kết quả thực hiện": hãy dùng tệp tải về từ nút "Tải Excel".');
}

function readRow({ columns }: Table, row: Row): BulkRow | { problems: BulkProblem[] } | null {
  const n = row.number;
  const cell = (key: ColumnKey) => (columns[key] === undefined ? undefined : row.cells.get(columns[key]));
  const at = (key: ColumnKey) => {
    const c = cell(key);
    return c ? cellText(c) : '';
  };
  const id = at('id');
  const statusText = at('status');
  const progressCell = cell('progress');
  const progress = progressCell ? readProgress(progressCell) : undefined;
  const note = at('note');
  if (!id && !statusText && progress === undefined && !note) return null;
  if (!id) return { problems: [bulkProblem(n, null, 'MISSING_ID')] };

  const problems: BulkProblem[] = [];
  const status = statusText ? recogniseStatus(statusText) : undefined;
  if (status === null) problems.push(bulkProblem(n, id, 'UNKNOWN_STATUS', statusText));
  if (progress && 'invalid' in progress) problems.push(bulkProblem(n, id, 'PROGRESS_NOT_A_NUMBER', progress.invalid));
  if (problems.length) return { problems };
  return {
    row: n,
    occurrenceId: id,
    ...(status ? { status } : {}),
    ...(progress && 'value' in progress ? { progress: progress.value } : {}),
    ...(note ? { note } : {}),
  };
}
