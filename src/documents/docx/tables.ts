import { BorderStyle, Table, TableBorders, TableLayoutType, WidthType, type ITableCellBorders, type TableRow } from 'docx';

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
export const borderless: ITableCellBorders = { top: none, bottom: none, left: none, right: none };

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const ruled: ITableCellBorders = { top: thin, bottom: thin, left: thin, right: thin };

/**
 * A table whose columns keep the widths given (in twips) instead of growing with their content.
 * Layout tables (heading, signature) have no borders and no cell padding, so their text lines up
 * with the margins.
 */
export function fixedTable(widths: number[], rows: TableRow[], options: { borders: boolean }): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: options.borders ? { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin } : TableBorders.NONE,
    margins: options.borders ? { left: 80, right: 80, top: 40, bottom: 40 } : { left: 0, right: 0, top: 0, bottom: 0 },
  });
}
