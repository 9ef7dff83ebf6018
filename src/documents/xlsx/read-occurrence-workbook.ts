import { bulkProblem, type BulkProblem, type BulkRow } from '../../domain/occurrences/bulk-update';
import { cellText, readProgress, recogniseStatus } from './cell-values';
import { loadWorkbookGrid, type Grid, type GridRow as Row } from './workbook-grid';
import { columnNamed, MAX_WORKBOOK_ROWS, type ColumnKey } from './workbook-layout';
import { WorkbookRefused } from './workbook-refused';

export type ReadWorkbook = { rows: BulkRow[]; problems: BulkProblem[] };

type Table = { rows: Row[]; headerRow: number; columns: Partial<Record<ColumnKey, number>> };

/** The header is looked for in the first rows only: above it are a title and a hint. */
const HEADER_SEARCH_ROWS = 15;

/** What to do about a file too large to read: the sheet a department downloads holds only its open work. */
const ADVICE = { smaller: 'hãy dùng tệp tải về từ nút "Tải Excel" và chỉ giữ các dòng cần cập nhật' };

/**
 * Reads a filled-in workbook back into rows, forgiving what people do in Excel: columns moved, rows
 * sorted, deleted or left blank, statuses typed without accents, progress as "50%" or 0.5. An empty
 * cell means "leave as it is". A row it cannot make sense of becomes a problem naming the row; a
 * file it cannot read at all is refused with the reason.
 */
export async function readOccurrenceWorkbook(bytes: Buffer): Promise<ReadWorkbook> {
  const table = findTable(await loadWorkbookGrid(bytes, ADVICE));
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

function findTable(sheets: Grid): Table {
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
