import { bodyNames, opensAsBody } from './body-names';
import type { SourceLine } from './source-lines';
import { joinedText } from './joined-text';

export type HeadingBlock = {
  superior: string | null;
  issuer: string | null;
  /** As printed: "0130" keeps its zero; null when left blank for the clerk. */
  number: string | null;
  symbol: string | null;
  place: string | null;
  date: string | null;
  year: number | null;
  /** Lines the superior, issuer, number and date were read on (where the review page points); `bodies` when any body name was read. */
  found: { bodies: boolean; superiorLine: number | null; issuerLine: number | null; numberLine: number | null; dateLine: number | null; unreadableDate: string | null };
};

/**
 * "Số: 03/KH-BVSN", "Số:      /KH-BVSN", "Số: ..../KH-SYT", "Số:" with the number on the next line. The
 * number may be left blank for the clerk; its symbol may be of any kind (KH-UBND, QĐ-UBND, KH-SYT).
 */
const NUMBER = /Số\s*:?[ \t._…]*\n?[ \t._…]*(\d{1,5}[a-z]?)?[._…\s]*\/\s*([\p{L}\p{N}]+(?:\s*[-–/]\s*[\p{L}\p{N}]+)*)/u;
/**
 * "Lào Cai, ngày 05 tháng 01 năm 2026", day and month may be blank; the place may stand on the line above
 * ("Đồng Tháp," / "ngày 01 …") and the date may go on over the next line ("ngày 21" / "tháng 11 năm 2025").
 * A day or month a scan garbled ("1O" with the letter O) is matched so the place and year are still read,
 * but never turned into a number: the date is then left for the clerk.
 */
const DATE = /(?:((?:(?! {3})[^\t|,\n])*(?:\n[^\t|,\n]*)?)\s*,\s*)?ngày\s*[._…]*\s*(\d{1,2}|[\dOoIl]{1,2})?\s*[._…]*\s*tháng\s*[._…]*\s*(\d{1,2}|[\dOoIl]{1,2})?\s*[._…]*\s*năm\s*(\d{4})/iu;
const SLASH_DATE = /(?:([^\t|,\n]*)\s*,\s*)?ngày\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu;
export const NATION = /C[ỘO]NG\s+H[ÒO][AÀ]\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM/iu;
const MOTTO = /Đ[ộo]c\s+l[ậa]p\s*[-–—]\s*T[ựu]\s+do\s*[-–—]\s*H[ạa]nh\s+ph[úu]c/iu;
/** Three spaces and more part two columns laid side by side; so do tabs and "|". */
const WIDE_GAP = /\t|\||\s{3,}/;

/**
 * Reads the heading block above the title: the superior body and the issuing body (in capitals, left),
 * the national name and motto (right, or on the same lines), the number and symbol, the place and date.
 * The block is read as one text, because a table of two columns turned into text breaks any of these
 * over lines ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM", "Số:" / "2820/QĐ-UBND", "ngày 21" / "tháng 11 …").
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
    found: { bodies: false, superiorLine: null, issuerLine: null, numberLine: null, dateLine: null, unreadableDate: null },
  };
  const text = joinedText(lines);
  let rest = text.value;
  const number = NUMBER.exec(rest);
  if (number) {
    block.number = number[1] ?? null;
    block.symbol = (number[2] ?? '').replace(/\s+/g, '').replace(/–/g, '-');
    block.found.numberLine = text.lineAt(number.index);
    rest = blankOut(rest, number);
  }
  // The national name and motto go first, so the motto above a date line is never read as its place.
  for (const pattern of [NATION, MOTTO]) {
    const match = pattern.exec(rest);
    if (match) rest = blankOut(rest, match);
  }
  const date = DATE.exec(rest) ?? SLASH_DATE.exec(rest);
  if (date) {
    readDate(block, date);
    block.found.dateLine = text.lineAt(date.index + date[0].search(/ngày/iu));
    rest = blankOut(rest, date);
  }
  // A line left blank is no edge between cells (a lone "|" is): a name goes on across it.
  const bodies = bodyNames(rest.split('\n').map((line) => (line.trim() === '' ? [''] : line.split(WIDE_GAP).map((cell) => cell.replace(/\s+/g, ' ').trim()))));
  // A third name above two is page furniture more often than a body: the issuer and its superior are the last two,
  // and a superior is only a name that opens as a body's ("THƯ VIỆN PHÁP LUẬT" above the heading is not one).
  const issuer = bodies[bodies.length - 1];
  const superior = bodies.length >= 2 ? bodies[bodies.length - 2] : undefined;
  if (issuer) {
    block.issuer = issuer.name;
    block.found.issuerLine = lines[issuer.line]?.no ?? null;
  }
  if (superior && opensAsBody(superior.name)) {
    block.superior = superior.name;
    block.found.superiorLine = lines[superior.line]?.no ?? null;
  }
  block.found.bodies = bodies.length > 0;
  return block;
}

/**
 * The matched text replaced by spaces (line breaks kept): offsets still point at the same lines, and what
 * stood on either side stays apart (three spaces and more part columns).
 */
function blankOut(text: string, match: RegExpExecArray): string {
  const blank = match[0].replace(/[^\n]/g, ' ');
  return `${text.slice(0, match.index)}${blank}${text.slice(match.index + match[0].length)}`;
}

function readDate(block: HeadingBlock, match: RegExpExecArray): void {
  // The place stands right before the comma; a line above joins it only when it is not a body in capitals.
  const parts = (match[1] ?? '').split('\n').map((part) => part.split(WIDE_GAP).pop()?.replace(/\s+/g, ' ').trim() ?? '');
  const own = parts.pop() ?? '';
  const above = parts.pop() ?? '';
  const place = (above !== '' && /\p{Ll}/u.test(above) && !/[.;:]$/u.test(above) ? `${above} ${own}` : own).trim();
  block.place = place === '' ? null : place;
  const year = Number(match[4]);
  block.year = year;
  if ([match[2], match[3]].some((part) => part !== undefined && !/^\d+$/u.test(part))) {
    block.found.unreadableDate = `ngày ${match[2] ?? '…'} tháng ${match[3] ?? '…'} năm ${year}`;
    return;
  }
  const day = match[2] ? Number(match[2]) : null;
  const month = match[3] ? Number(match[3]) : null;
  if (day === null || month === null) return;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return;
  block.date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
