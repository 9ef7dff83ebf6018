import type { SourceLine } from './source-lines';
import { isCapitals, isDecoration } from './text-shape';

export type HeadingBlock = {
  superior: string | null;
  issuer: string | null;
  number: number | null;
  symbol: string | null;
  place: string | null;
  date: string | null;
  year: number | null;
  /** Line of the first name of a body, of the number and of the date: where problems point. */
  found: { bodies: boolean; numberLine: number | null; dateLine: number | null };
};

/** "Số: 03/KH-BVSN", "Số:      /KH-BVSN", "Số: ..../KH-SYT": the number may be left blank for the clerk. */
const NUMBER = /Số\s*:?\s*[._…\s]*(\d{1,5})?[._…\s]*\/\s*([\p{L}\p{N}]+(?:\s*[-–/]\s*[\p{L}\p{N}]+)*)/u;
/** "Lào Cai, ngày 05 tháng 01 năm 2026", "P. Lào Cai, ngày   tháng 01 năm 2026", day and month may be blank. */
const DATE = /(?:([^\t|,]*?)\s*,\s*)?ngày\s*[._…]*\s*(\d{1,2})?\s*[._…]*\s*tháng\s*[._…]*\s*(\d{1,2})?\s*[._…]*\s*năm\s*(\d{4})/iu;
const SLASH_DATE = /(?:([^\t|,]*?)\s*,\s*)?ngày\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu;
const NATION = /C[ỘO]NG\s+H[ÒO][AÀ]\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM/giu;
const MOTTO = /Đ[ộo]c\s+l[ậa]p\s*[-–—]\s*T[ựu]\s+do\s*[-–—]\s*H[ạa]nh\s+ph[úu]c/giu;
/** Columns of a heading laid out as a table or with spaces: tabs, "|" or three spaces and more. */
const COLUMNS = /\t|\||\s{3,}/;

/**
 * Reads the heading block above "KẾ HOẠCH": the superior body and the issuing body (in capitals, left),
 * the national name and motto (right, or on the same lines), the number and symbol, the place and date.
 */
export function readHeadingBlock(lines: readonly SourceLine[]): HeadingBlock {
  const block: HeadingBlock = {
    superior: null,
    issuer: null,
    number: null,
    symbol: null,
    place: null,
    date: null,
    year: null,
    found: { bodies: false, numberLine: null, dateLine: null },
  };
  const bodies: string[] = [];
  for (const line of lines) {
    let rest = line.raw;
    const number = NUMBER.exec(rest);
    if (number && block.found.numberLine === null) {
      block.number = number[1] ? Number(number[1]) : null;
      block.symbol = (number[2] ?? '').replace(/\s+/g, '').replace(/–/g, '-');
      block.found.numberLine = line.no;
      rest = rest.replace(number[0], '\t');
    }
    const date = DATE.exec(rest) ?? SLASH_DATE.exec(rest);
    if (date && block.found.dateLine === null) {
      readDate(block, date);
      block.found.dateLine = line.no;
      rest = rest.replace(date[0], '\t');
    }
    rest = rest.replace(NATION, '\t').replace(MOTTO, '\t');
    for (const cell of rest.split(COLUMNS)) {
      const text = cell.replace(/\s+/g, ' ').trim();
      if (text !== '' && !isDecoration(text) && isCapitals(text)) bodies.push(text);
    }
  }
  if (bodies.length === 1) block.issuer = bodies[0] ?? null;
  if (bodies.length >= 2) {
    block.superior = bodies[0] ?? null;
    block.issuer = bodies.slice(1).join(' ');
  }
  block.found.bodies = bodies.length > 0;
  return block;
}

function readDate(block: HeadingBlock, match: RegExpExecArray): void {
  const place = (match[1] ?? '').replace(/\s+/g, ' ').trim();
  block.place = place === '' ? null : place;
  const year = Number(match[4]);
  block.year = year;
  const day = match[2] ? Number(match[2]) : null;
  const month = match[3] ? Number(match[3]) : null;
  if (day === null || month === null) return;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return;
  block.date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
