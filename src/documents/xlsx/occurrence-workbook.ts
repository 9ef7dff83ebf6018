import ExcelJS from 'exceljs';
import type { OccurrenceStatus } from '../../domain/calendar';
import { describePeriod } from '../../domain/occurrences/period-label';
import { UNIT_SETTABLE_STATUSES } from '../../domain/occurrences/updates';
import { formatDateVi, type IsoDate } from '../../domain/schedule';
import { OCCURRENCE_STATUS_LABELS_VI as LABEL } from '../../shared/occurrence-statuses';
import { excelDate, GREY_FILL, printSetup, styleHeaderCell, THIN } from './sheet-style';
import { COLUMNS, HEADER_ROW, HINT_ROW, SHEET_NAME, TITLE_ROW } from './workbook-layout';

export { readOccurrenceWorkbook, type ReadWorkbook } from './read-occurrence-workbook';

/** One open period of work as the department sees it in the sheet. */
export type WorkbookOccurrence = {
  id: string;
  taskTitle: string;
  planLabel: string;
  start: IsoDate | null;
  end: IsoDate | null;
  due: IsoDate | null;
  status: OccurrenceStatus;
  progress: number;
  note: string | null;
};

export type WorkbookInput = { organizationNames: readonly string[]; today: IsoDate; occurrences: readonly WorkbookOccurrence[] };

/**
 * The sheet a department downloads, fills in and uploads again: its open work, the three columns it
 * may change (status, progress, result) white with drop-down and range checks, the rest grey.
 */
export async function writeOccurrenceWorkbook(input: WorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CCHC';
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: printSetup(HEADER_ROW),
  });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  writeTitle(sheet, input);
  writeHeader(sheet);
  input.occurrences.forEach((o, index) => writeRow(sheet.getRow(HEADER_ROW + 1 + index), o, index + 1));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeTitle(sheet: ExcelJS.Worksheet, input: WorkbookInput) {
  const last = COLUMNS.length;
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
  sheet.mergeCells(HINT_ROW, 1, HINT_ROW, last);
  const title = sheet.getCell(TITLE_ROW, 1);
  const units = input.organizationNames.join(', ');
  title.value = `Cập nhật kết quả thực hiện nhiệm vụ${units ? ` — ${units}` : ''} — ngày ${formatDateVi(input.today)}`;
  title.font = { bold: true, size: 13 };
  const hint = sheet.getCell(HINT_ROW, 1);
  hint.value = 'Chỉ sửa ba cột Trạng thái, Tiến độ (%), Kết quả thực hiện; ô để trống được giữ nguyên. Không sửa, không xoá cột Mã kỳ.';
  hint.font = { italic: true, color: { argb: 'FF595959' } };
}

function writeHeader(sheet: ExcelJS.Worksheet) {
  const row = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = c.header;
    styleHeaderCell(cell);
  });
  row.height = 30;
}

const STATUS_CHOICES = `"${UNIT_SETTABLE_STATUSES.map((s) => LABEL[s]).join(',')}"`;

function writeRow(row: ExcelJS.Row, o: WorkbookOccurrence, index: number) {
  const values: Record<string, ExcelJS.CellValue> = {
    index,
    id: o.id,
    task: o.taskTitle,
    plan: o.planLabel,
    period: describePeriod(o.start, o.end),
    due: excelDate(o.due),
    status: LABEL[o.status],
    progress: o.progress,
    note: o.note,
  };
  COLUMNS.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = values[c.key] ?? null;
    cell.border = THIN;
    cell.alignment = { vertical: 'top', wrapText: c.key === 'task' || c.key === 'plan' || c.key === 'note' };
    if (!c.editable) {
      cell.fill = GREY_FILL;
      cell.font = { color: { argb: c.key === 'id' ? 'FF8C8C8C' : 'FF404040' }, size: c.key === 'id' ? 8 : 11 };
    }
  });
  row.getCell('due').numFmt = 'dd/mm/yyyy';
  row.getCell('status').dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [STATUS_CHOICES],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Trạng thái',
    error: `Hãy chọn một trong: ${UNIT_SETTABLE_STATUSES.map((s) => LABEL[s]).join(', ')}.`,
  };
  row.getCell('progress').dataValidation = {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorTitle: 'Tiến độ (%)',
    error: 'Tiến độ là số nguyên từ 0 đến 100.',
  };
}
