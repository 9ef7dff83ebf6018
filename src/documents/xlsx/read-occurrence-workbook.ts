import ExcelJS from 'exceljs';
import { bulkProblem, type BulkProblem, type BulkRow } from '../../domain/occurrences/bulk-update';
import { cellText, readProgress, recogniseStatus } from './cell-values';
import { columnNamed, MAX_UNPACKED_BYTES, MAX_WORKBOOK_BYTES, MAX_WORKBOOK_ROWS, MAX_ZIP_ENTRIES, type ColumnKey } from './workbook-layout';
import { WorkbookRefused } from './workbook-refused';
import { inspectZip } from './zip-guard';

export type ReadWorkbook = { rows: BulkRow[]; problems: BulkProblem[] };

type Table = { sheet: ExcelJS.Worksheet; headerRow: number; columns: Partial<Record<ColumnKey, number>> };

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The header is looked for in the first rows only: above it are a title and a hint. */
const HEADER_SEARCH_ROWS = 15;

/**
 * Reads a filled-in workbook back into rows, forgiving what people do in Excel: columns moved, rows
 * sorted, deleted or left blank, statuses typed without accents, progress as "50%" or 0.5. An empty
 * cell means "leave as it is". A row it cannot make sense of becomes a problem naming the row; a
 * file it cannot read at all is refused with the reason.
 */
export async function readOccurrenceWorkbook(bytes: Buffer): Promise<ReadWorkbook> {
  const table = findTable(await loadWorkbook(bytes));
  const rows: BulkRow[] = [];
  const problems: BulkProblem[] = [];
  let seen = 0;
  // Only rows holding values: a sheet formatted down to row 1 048 576 is not a million rows of work.
  table.sheet.eachRow((row, n) => {
    if (n <= table.headerRow) return;
    const read = readRow(table, row);
    if (!read) return;
    if (++seen > MAX_WORKBOOK_ROWS) throw new WorkbookRefused('TOO_MANY_ROWS', `Tệp có hơn ${MAX_WORKBOOK_ROWS} dòng; hãy chia thành nhiều tệp nhỏ hơn.`);
    if ('problems' in read) problems.push(...read.problems);
    else rows.push(read);
  });
  if (seen === 0) throw new WorkbookRefused('NO_ROWS', 'Tệp không có dòng nào để cập nhật.');
  return { rows, problems };
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new WorkbookRefused('EMPTY_FILE', 'Tệp rỗng.');
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw new WorkbookRefused('FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB; hãy chỉ giữ các dòng cần cập nhật.`);
  }
  if (bytes.subarray(0, 4).equals(OLE_SIGNATURE)) {
    throw new WorkbookRefused('LEGACY_XLS', 'Đây là tệp Excel 97–2003 (.xls): hãy mở tệp và lưu lại dưới dạng "Excel Workbook (.xlsx)".');
  }
  const notXlsx = new WorkbookRefused('NOT_XLSX', 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.');
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notXlsx;
  const names = inspectZip(bytes, { maxEntries: MAX_ZIP_ENTRIES, maxUnpackedBytes: MAX_UNPACKED_BYTES });
  // A Word file or any other ZIP passes the guard but is no workbook.
  if (!names.includes('xl/workbook.xml')) throw notXlsx;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw notXlsx;
  }
  return workbook;
}

function findTable(workbook: ExcelJS.Workbook): Table {
  for (const sheet of workbook.worksheets) {
    for (let n = 1; n <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); n++) {
      const columns: Table['columns'] = {};
      sheet.getRow(n).eachCell((cell, col) => {
        const key = columnNamed(cellText(cell));
        if (key && columns[key] === undefined) columns[key] = col;
      });
      if (columns.id !== undefined && (columns.status ?? columns.progress ?? columns.note) !== undefined) return { sheet, headerRow: n, columns };
    }
  }
  throw new WorkbookRefused('NO_HEADER', 'Không tìm thấy dòng tiêu đề có cột "Mã kỳ" và "Trạng thái", "Tiến độ (%)" hoặc "Kết quả thực hiện": hãy dùng tệp tải về từ nút "Tải Excel".');
}

function readRow({ columns }: Table, row: ExcelJS.Row): BulkRow | { problems: BulkProblem[] } | null {
  const n = row.number;
  const cell = (key: ColumnKey) => (columns[key] === undefined ? undefined : row.getCell(columns[key]));
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
