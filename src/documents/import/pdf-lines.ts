/** A run of text on a PDF page as pdfjs places it: x, y of its baseline start (y grows upwards), font size. */
export type PdfItem = { text: string; x: number; y: number; width: number; size: number };

type Segment = { text: string; start: number; end: number };
type Line = { y: number; size: number; segments: Segment[] };
type Table = { columns: [number, number][]; rows: string[][]; lastY: number };

/** Items closer than this (in font sizes) on one line are words of one phrase; wider is another cell or column. */
const CELL_GAP = 0.8;
/** Two phrases this far apart on a line without a table are two columns (the heading block, the signature block). */
const COLUMN_GAP = 3;
/** What a table's first column holds when it numbers the rows: "1", "2.4", "I", "a)". */
const ROW_NUMBER = /^(\d+(\.\d+)*|[IVXLC]+|[a-zđ])[.)]?$/;

/**
 * A document's text as lines in reading order, page after page. Items on the same baseline make one line, left to right.
 * Where a line splits into three or more phrases with wide gaps, it is taken as a table row and the
 * following lines are laid into the same columns, so a cell's text wrapped over several lines ends
 * up in one `| a | b |` row (a new row starts where the first column has text again). A line of two
 * phrases far apart outside a table, like the issuing body beside the national motto, becomes two
 * lines, left first: the two columns of the heading block come out interleaved, line by line.
 */
export function pdfLines(pages: PdfItem[][]): string[] {
  const out: string[] = [];
  let table: Table | null = null;
  const flush = () => {
    if (table) out.push(...table.rows.map((row) => `| ${row.map((cell) => cell.trim()).join(' | ')} |`));
    table = null;
  };
  for (const items of pages) {
    // A table that runs onto the next page goes on there, under its header row if Word repeated it.
    let repeatedHeader = table !== null;
    for (const line of withoutPageNumbers(visualLines(items))) {
      if (repeatedHeader && table && isHeaderLine(table, line)) continue;
      repeatedHeader = false;
      if (table && place(table, line)) continue;
      flush();
      if (line.segments.length >= 3) {
        table = { columns: line.segments.map((s) => [s.start, s.end]), rows: [line.segments.map((s) => s.text)], lastY: line.y };
        continue;
      }
      out.push(...plainLines(line));
    }
  }
  flush();
  return out;
}

/**
 * A page's number: a lone number as its first or last line, away from the left margin (printed centred
 * or to the right). A lone number at the margin is a row's number that opens or ends the page.
 */
function withoutPageNumbers(lines: Line[]): Line[] {
  const margin = Math.min(...lines.flatMap((line) => line.segments.map((segment) => segment.start)));
  const isPageNumber = (line: Line | undefined) =>
    line?.segments.length === 1 && /^\d{1,3}$/.test(line.segments[0]!.text) && line.segments[0]!.start - margin > line.size * 3;
  return lines.filter((line, i) => !((i === 0 || i === lines.length - 1) && isPageNumber(line)));
}

/** A line of the header row again: each of its phrases is part of the header cell of its column. */
function isHeaderLine(table: Table, line: Line): boolean {
  const header = table.rows[0]!;
  return line.segments.every((segment) => {
    const column = columnOf(table.columns, segment);
    return column !== null && (header[column] ?? '').includes(segment.text);
  });
}

function visualLines(items: PdfItem[]): Line[] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0]!.y - item.y) < Math.max(group[0]!.size, item.size, 1) * 0.5) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const ordered = group.sort((a, b) => a.x - b.x);
    const size = Math.max(...ordered.map((item) => item.size), 1);
    const segments: Segment[] = [];
    let last: PdfItem | null = null;
    for (const item of ordered) {
      const gap = last ? item.x - (last.x + last.width) : 0;
      const current = segments.at(-1);
      if (!current || gap > CELL_GAP * size) segments.push({ text: item.text.trim(), start: item.x, end: item.x + item.width });
      else {
        const space = gap > size * 0.15 || /\s$/.test(current.text) || /^\s/.test(item.text) ? ' ' : '';
        current.text = `${current.text}${space}${item.text}`.replace(/\s+/g, ' ').trim();
        current.end = Math.max(current.end, item.x + item.width);
      }
      last = item;
    }
    return { y: ordered[0]!.y, size, segments };
  });
}

/** Lays a line into the open table's columns; false when the line does not fit them (the table has ended). */
function place(table: Table, line: Line): boolean {
  const cells: string[] = table.columns.map(() => '');
  const grown = table.columns.map(([start, end]) => [start, end] as [number, number]);
  for (const segment of line.segments) {
    const column = columnOf(grown, segment);
    if (column === null) return false;
    cells[column] = cells[column] ? `${cells[column]} ${segment.text}` : segment.text;
    grown[column] = [Math.min(grown[column]![0], segment.start), Math.max(grown[column]![1], segment.end)];
  }
  // A lone line under a numbered table ("GIÁM ĐỐC" after the appendix) is the text after the table, not a row.
  if (line.segments.length === 1 && cells[0] && !ROW_NUMBER.test(cells[0]) && table.rows.slice(1).every((row) => ROW_NUMBER.test(row[0] ?? ''))) return false;
  table.columns = grown;
  const farBelow = table.lastY - line.y > line.size * 3;
  const row = table.rows.at(-1)!;
  if (cells[0] || farBelow) table.rows.push(cells);
  else cells.forEach((text, i) => (row[i] = joinWrapped(row[i] ?? '', text)));
  table.lastY = line.y;
  return true;
}

/** A cell's lines: a word wrapped after its own hyphen ("TCHC-" / "TCKT") is one word again. */
function joinWrapped(before: string, after: string): string {
  if (!after) return before;
  if (!before) return after;
  return /\S-$/.test(before) ? `${before}${after}` : `${before} ${after}`;
}

function columnOf(columns: [number, number][], segment: Segment): number | null {
  const overlapping = columns.flatMap(([start, end], i) => (segment.start < end && segment.end > start ? [i] : []));
  if (overlapping.length === 1) return overlapping[0]!;
  if (overlapping.length > 1) return null;
  // Short text in a wide cell may not reach what the column has shown so far: it belongs between its neighbours.
  const i = columns.findIndex(([start]) => start > segment.end);
  const before = i === -1 ? columns.length - 1 : i - 1;
  if (before < 0) return null;
  const next = columns[before + 1];
  return !next || segment.end < next[0] ? before : null;
}

function plainLines(line: Line): string[] {
  const lines: string[] = [];
  let current: Segment | null = null;
  for (const segment of line.segments) {
    if (current && segment.start - current.end <= COLUMN_GAP * line.size) current.text = `${current.text} ${segment.text}`;
    else {
      if (current) lines.push(current.text);
      current = { ...segment };
    }
    current.end = segment.end;
  }
  if (current) lines.push(current.text);
  return lines;
}
