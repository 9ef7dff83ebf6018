import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, VerticalAlign } from 'docx';
import { vietnameseDateLine } from '../../domain/documents/date-line';
import { numberLine } from '../../domain/documents/numbering';
import type { HeadingPart } from './parts';
import { borderless, fixedTable } from './tables';
import { line, rule } from './text';
import { textWidth } from './text-width';
import { mm, SIZE, TEXT_WIDTH } from './units';

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The left column holds the bodies and the number, the right the nation, the motto and the date. */
const LEFT = 3600;
const RIGHT = TEXT_WIDTH - LEFT;

const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * The two-column heading without borders. A second row puts "Số:" and the place and date on the same
 * line whatever the height of the names above them.
 */
export function headingBlock(h: HeadingPart): Table {
  const issuer = upper(h.issuerName);
  const issuerLine = Math.round(0.4 * Math.min(textWidth(issuer, SIZE.issuer, true), LEFT));
  const bodies: Paragraph[] = [
    ...(h.superiorName ? [line(upper(h.superiorName), { size: SIZE.superior })] : []),
    line(issuer, { size: SIZE.issuer, bold: true }),
    rule(issuerLine, LEFT),
  ];
  const nation = [line(NATION, { size: SIZE.nation, bold: true }), line(MOTTO, { size: SIZE.motto, bold: true }), rule(textWidth(MOTTO, SIZE.motto, true), RIGHT)];
  const number = [
    line(numberLine(h.number, h.symbol), { size: SIZE.number }, { spacing: { before: 120, after: 0 } }),
    ...(h.letterSummary ? [line(`V/v ${h.letterSummary}`, { size: SIZE.summary }, { spacing: { before: 60, after: 0 } })] : []),
  ];
  const date = [line(vietnameseDateLine(h.placeName, h.date), { size: SIZE.placeDate, italic: true }, { spacing: { before: 120, after: 0 } })];
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: 'dxa' }, borders: borderless, verticalAlign: VerticalAlign.TOP });
  return fixedTable(
    [LEFT, RIGHT],
    [new TableRow({ children: [cell(bodies, LEFT), cell(nation, RIGHT)] }), new TableRow({ children: [cell(number, LEFT), cell(date, RIGHT)] })],
    { borders: false },
  );
}

/** "KẾ HOẠCH" and its summary line, bold and centred, with a short line under the summary. */
export function titleBlock(title: { kind: string; summary: string }): Paragraph[] {
  const summaryWidth = Math.min(textWidth(title.summary, SIZE.title, true), TEXT_WIDTH);
  return [
    line(upper(title.kind), { size: SIZE.title, bold: true }, { spacing: { before: 360, after: 0 }, keepNext: true }),
    line(title.summary, { size: SIZE.title, bold: true }, { keepNext: true }),
    rule(Math.round(summaryWidth / 3), TEXT_WIDTH, 360),
  ];
}

const DRAFT = 'DỰ THẢO';

/**
 * "DỰ THẢO" in a box at the top left, above the heading: the mark drafts circulated for comment carry,
 * so a preview printed before the result is published is never taken for the signed document.
 */
export function draftMark(): Paragraph {
  const box = textWidth(DRAFT, SIZE.issuer, true) + mm(6);
  const edge = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 } as const;
  return line(DRAFT, { size: SIZE.issuer, bold: true }, { alignment: AlignmentType.CENTER, indent: { left: 0, right: TEXT_WIDTH - box }, border: { top: edge, bottom: edge, left: edge, right: edge }, spacing: { before: 0, after: 240 } });
}
