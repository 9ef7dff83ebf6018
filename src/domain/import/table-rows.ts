import type { SourceLine } from './source-lines';

/** A line of a table: "| a | b |" rows or tab-separated rows, cells trimmed. Null for ordinary lines. */
export function tableCells(line: SourceLine): string[] | null {
  const raw = line.raw;
  if (raw.includes('|')) {
    const cells = raw.split('|').map((cell) => cell.replace(/\s+/g, ' ').trim());
    if (raw.startsWith('|')) cells.shift();
    if (raw.endsWith('|')) cells.pop();
    return cells.length >= 2 ? cells : null;
  }
  if (raw.includes('\t')) return raw.split('\t').map((cell) => cell.replace(/\s+/g, ' ').trim());
  return null;
}

/** "|-----|:--:|" under a header, or a row of empty cells left by a page break. */
export function isRuleOrEmpty(cells: readonly string[]): boolean {
  return cells.every((cell) => /^[-–—:=_+\s]*$/u.test(cell));
}
