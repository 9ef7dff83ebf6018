import ExcelJS from 'exceljs';
import { excelDate, printSetup, styleHeaderCell, THIN } from './sheet-style';

/** How a column's cells are written: dates as real dates (dd/mm/yyyy), shares as percentages, points with their decimals. */
export type TableColumn = { header: string; width: number; kind?: 'text' | 'date' | 'number' | 'decimal' | 'percent'; wrap?: boolean };
export type TableCell = string | number | null;

export type TableWorkbook = {
  sheetName: string;
  /** The line above the table: what it is, for whom, as of when. */
  title: string;
  subtitle?: string;
  /** In points; taller for headers that wrap over several lines (32 fits two). */
  headerHeight?: number;
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
};

// "General" shows 87.5 as 87,5 and 100 as 100 in a Vietnamese Excel; "0.##" would leave "100." with a dangling separator.
const FORMATS = { date: 'dd/mm/yyyy', percent: '0%', number: '0', decimal: 'General' } as const;

/** A workbook with one sheet per table (a report's areas, units, communication…). */
export async function writeTablesWorkbook(tables: readonly TableWorkbook[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CCHC';
  for (const table of tables) addTableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const writeTableWorkbook = (table: TableWorkbook) => writeTablesWorkbook([table]);

/**
 * A table as an Excel sheet people can sort, filter and print: title rows, a frozen header with
 * Vietnamese names, dates as dates, widths set, a filter on the header, landscape with the header
 * repeated on every printed page.
 */
function addTableSheet(workbook: ExcelJS.Workbook, table: TableWorkbook): void {
  const headerRow = table.subtitle ? 3 : 2;
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const sheet = workbook.addWorksheet(table.sheetName.replace(/[[\]:*?/\\]/g, '-').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: printSetup(headerRow),
  });
  sheet.columns = table.columns.map((c) => ({ width: c.width }));
  const last = table.columns.length;
  sheet.mergeCells(1, 1, 1, last);
  Object.assign(sheet.getCell(1, 1), { value: table.title, font: { bold: true, size: 13 } });
  if (table.subtitle) {
    sheet.mergeCells(2, 1, 2, last);
    Object.assign(sheet.getCell(2, 1), { value: table.subtitle, font: { italic: true, color: { argb: 'FF595959' } } });
  }
  const header = sheet.getRow(headerRow);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    styleHeaderCell(cell);
  });
  header.height = table.headerHeight ?? 32;
  table.rows.forEach((values, r) => {
    const row = sheet.getRow(headerRow + 1 + r);
    table.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const value = values[i] ?? null;
      cell.value = c.kind === 'date' && typeof value === 'string' ? excelDate(value) : value;
      if (c.kind && c.kind !== 'text') cell.numFmt = FORMATS[c.kind];
      cell.border = THIN;
      cell.alignment = { vertical: 'top', wrapText: c.wrap ?? false };
    });
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: last } };
}
