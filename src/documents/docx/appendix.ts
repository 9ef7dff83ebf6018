import { AlignmentType, Paragraph, TableCell, TableRow, VerticalAlign, type Table } from 'docx';
import type { AppendixPart } from './parts';
import { fixedTable, ruled } from './tables';
import { line } from './text';
import { LANDSCAPE_TEXT_WIDTH, SIZE, TEXT_WIDTH } from './units';

/** The widths of the columns in twips, shared out by weight; the last column takes the rounding. */
function columnWidths(a: AppendixPart): number[] {
  const total = a.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const weights = a.columns.reduce((n, c) => n + c.weight, 0);
  const widths = a.columns.map((c) => Math.floor((total * c.weight) / weights));
  widths[widths.length - 1]! += total - widths.reduce((n, w) => n + w, 0);
  return widths;
}

function cell(text: string, width: number, bold: boolean, align: 'left' | 'center'): TableCell {
  return new TableCell({
    width: { size: width, type: 'dxa' },
    borders: ruled,
    verticalAlign: bold ? VerticalAlign.CENTER : VerticalAlign.TOP,
    children: text.split('\n').map((t) => line(t, { size: SIZE.table, bold }, { alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 40, after: 40, line: 240 } })),
  });
}

/**
 * An appendix: "PHỤ LỤC", its title in bold capitals, "(Kèm theo …)" in italic, then the table whose
 * header row Word and LibreOffice repeat at the top of every page. Rows never split across pages.
 */
export function appendixContent(a: AppendixPart): (Paragraph | Table)[] {
  const widths = columnWidths(a);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: a.columns.map((c, i) => cell(c.title, widths[i]!, true, 'center')) });
  const rows = a.rows.map((r) => new TableRow({ cantSplit: true, children: a.columns.map((c, i) => cell(r[i] ?? '', widths[i]!, false, c.align ?? 'left')) }));
  return [
    line(a.label, { size: 14, bold: true }, { keepNext: true }),
    line(a.title.toLocaleUpperCase('vi'), { size: 14, bold: true }, { keepNext: true }),
    line(`(${a.attachedTo})`, { size: 14, italic: true }, { spacing: { before: 0, after: 240 }, keepNext: true }),
    fixedTable(widths, [header, ...rows], { borders: true }),
  ];
}
