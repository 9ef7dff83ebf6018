import type ExcelJS from 'exceljs';

/** The look every workbook we write shares: a pale header, thin grey rules, grey for what is read-only. */
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
export const GREY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
export const THIN: ExcelJS.Borders = (['top', 'left', 'bottom', 'right'] as const).reduce(
  (borders, side) => ({ ...borders, [side]: { style: 'thin', color: { argb: 'FFBFBFBF' } } }),
  {} as ExcelJS.Borders,
);

/** A header cell: bold on the pale fill, centred, wrapped. */
export function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.border = THIN;
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

/**
 * An ISO day as an Excel date: midnight UTC is the serial number of that very day, whatever the
 * server's time zone, so Excel shows, sorts and filters it as the date it is.
 */
export const excelDate = (isoDay: string | null): Date | null => (isoDay ? new Date(`${isoDay.slice(0, 10)}T00:00:00Z`) : null);

/** Landscape A4, one page wide, the header row printed on every page. */
export const printSetup = (headerRow: number): Partial<ExcelJS.PageSetup> => ({
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: `${headerRow}:${headerRow}`,
});
