import { isRomanNumeral } from './markers';
import type { SourceLine } from './source-lines';
import { readHeader } from './task-columns';
import { isCapitals } from './text-shape';

/**
 * A table as a web page turned into Markdown often writes it: every cell on lines of its own between lone
 * "|" lines, a row's end and the next row's start as two "|" in a row, an empty cell the same way:
 *
 *     |            (row starts)
 *     1
 *     |
 *     Rà soát thủ tục
 *     hành chính     (a cell broken over lines)
 *     |
 *     Sở Nội vụ
 *     |
 *     |            (row ends, the next starts)
 *
 * Such a block holding a task table's header is rewritten into one "| a | b |" line per row, which the
 * task table reader reads like any other; every other line is left as it is.
 */
export function pipeTablesAsRows(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as SourceLine;
    if (!isCellEdge(line)) {
      out.push(line);
      index++;
      continue;
    }
    const block = readBlock(lines, index);
    const header = headerStart(block.cells);
    if (header > 0) {
      // The table starts inside the block (a signature's cells and the appendix heading ran into it): from its header on.
      const headerLine = lines.findIndex((candidate, at) => at > index && candidate.no === block.cells[header]?.no);
      out.push(...lines.slice(index, headerLine - 1));
      index = headerLine - 1;
      continue;
    }
    const rows = header === 0 ? rowsOf(block.cells) : null;
    out.push(...(rows ?? lines.slice(index, block.end)));
    index = Math.max(block.end, index + 1);
  }
  return out;
}

type Cell = { no: number; text: string };

/** A cell of a real table is a few lines; a run longer than this is a page's text after the table. */
const MAX_CELL_LINES = 20;
/** "….......", "...": rows left out of a table as it was copied. */
const ELISION = /^[.…\s]{3,}$/u;
/** "1", "12.", "2.4", "2.4.10", "II", "IV.", "A" standing alone: a row's or a group's number. */
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,5}|[A-Z])\.?$/u;

function isCellEdge(line: SourceLine): boolean {
  return /^\|\s*$/u.test(line.raw);
}

/** The cells from a lone "|" on: a run of lines up to the next "|" is a cell, two "|" in a row an empty one. A blank line ends the block. */
function readBlock(lines: readonly SourceLine[], start: number): { cells: Cell[]; end: number } {
  const cells: Cell[] = [];
  let index = start + 1;
  while (index < lines.length) {
    const line = lines[index] as SourceLine;
    if (isCellEdge(line)) {
      cells.push({ no: line.no, text: '' });
      index++;
      continue;
    }
    if (line.text === '') break;
    let end = index;
    while (end < lines.length && !isCellEdge(lines[end] as SourceLine) && (lines[end] as SourceLine).text !== '') end++;
    // A run that never closes, breaks off at a blank line or runs for a page is no cell.
    if (end >= lines.length || !isCellEdge(lines[end] as SourceLine) || end - index > MAX_CELL_LINES) break;
    cells.push({ no: line.no, text: lines.slice(index, end).map((part) => part.text).join(' ').replace(/\s+/g, ' ').trim() });
    index = end + 1;
  }
  return { cells, end: index };
}

/**
 * Where among the cells a task table's header row starts, or -1: the cells from there to the first empty
 * one are a header. Text that ran into the block before it (an appendix heading without a blank line
 * under it, as PDF text comes) is left out.
 */
function headerStart(cells: readonly Cell[]): number {
  let end = -1;
  for (let start = 0; start < cells.length; start++) {
    // The first empty cell from here on: found once per run of cells, not again for every start.
    if (end < start) end = cells.findIndex((cell, at) => at >= start && cell.text === '');
    if (end < 0) return -1;
    if (end > start && readHeader(cells.slice(start, end).map((cell) => cell.text)) !== null) return start;
  }
  return -1;
}

/**
 * Rows from the cells, when the first cells make a task table's header. A row starts at its number after
 * an empty cell (or a group's numeral with its name in capitals); an empty cell inside a row that is not
 * yet full is an empty column. Cells after a full row without a number are a row sharing the number above
 * (its first cells merged in the printed table), set under the task column onward.
 */
function rowsOf(cells: readonly Cell[]): SourceLine[] | null {
  const headerEnd = cells.findIndex((cell) => cell.text === '');
  const header = headerEnd < 0 ? null : readHeader(cells.slice(0, headerEnd).map((cell) => cell.text));
  if (header === null) return null;
  const width = header.length;
  const taskAt = Math.max(0, header.indexOf('task'));
  const rows: { no: number; cells: string[] }[] = [{ no: cells[0]?.no ?? 0, cells: cells.slice(0, headerEnd).map((cell) => cell.text) }];
  let current: { no: number; cells: string[] } | null = null;
  let afterEmpty = true;
  for (const cell of cells.slice(headerEnd + 1)) {
    const empty = cell.text === '';
    if (ELISION.test(cell.text)) {
      afterEmpty = true;
      continue;
    }
    if (empty) {
      if (current !== null && current.cells.length < width) current.cells.push('');
      afterEmpty = true;
      continue;
    }
    if (afterEmpty && (ROW_NUMBER.test(cell.text) || isGroupName(cell.text))) {
      current = { no: cell.no, cells: [cell.text] };
      rows.push(current);
    } else if (current !== null && current.cells.length < width) {
      current.cells.push(cell.text);
    } else {
      current = { no: cell.no, cells: [...Array<string>(taskAt).fill(''), cell.text] };
      rows.push(current);
    }
    afterEmpty = false;
  }
  return rows.map((row) => {
    const raw = `| ${row.cells.join(' | ')} |`;
    return { no: row.no, raw, text: raw };
  });
}

/** "I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY" in one cell: a group's numeral and name. */
function isGroupName(text: string): boolean {
  const match = /^([IVXL]{1,5})\s*[.)]\s+(.+)$/u.exec(text);
  return match !== null && isRomanNumeral(match[1] ?? '') && isCapitals(match[2] ?? '');
}
