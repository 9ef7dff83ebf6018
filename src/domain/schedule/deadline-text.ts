/**
 * Text handling shared by the deadline recognisers: folding what people type into one plain form,
 * splitting off a trailing year, and reading lists and ranges of quarters or months.
 */
import type { ParsedDeadline } from './schedule';

/** What a recogniser answers: a parse (understood or a specific problem), or null for "not mine". */
export type Recognised = ParsedDeadline | null;
export type Recogniser = (folded: string, defaultYear: number) => Recognised;

export function notUnderstood(reason: string): ParsedDeadline {
  return { understood: false, reason };
}

const TRAILING_PUNCTUATION = /[\s.,:!/]+$/;

/**
 * Lower case, diacritics removed (so "Hằng"/"Hàng", "Quý"/"Qúy", composed or decomposed input
 * all read alike), every dash a hyphen, spaces collapsed and taken from around "/". A comment
 * after ";", a trailing remark in brackets and trailing punctuation ("Quý I/2026.", "./.") are
 * dropped: they are notes, not schedule.
 */
export function foldDeadlineText(text: string): string {
  const beforeComment = text.split(';')[0] ?? '';
  return beforeComment
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim()
    .replace(TRAILING_PUNCTUATION, '')
    .replace(/\s*\([^()]*\)$/, '')
    .replace(TRAILING_PUNCTUATION, '');
}

/** "Quý II/2026", "quý II năm 2026", "quý II, năm 2026", "quý II 2026" → body and year. */
export function splitTrailingYear(folded: string): { body: string; year: number | null } {
  const match = /^(.*?)(?:\s*\/\s*|\s*,?\s*(?:trong\s+)?nam\s+|\s+)(\d{4})$/.exec(folded);
  if (!match) return { body: folded, year: null };
  return { body: match[1] ?? '', year: Number(match[2]) };
}

/** Years written anywhere in free text after a recurring keyword ("Thường xuyên trong năm 2025"). */
export function yearsMentioned(folded: string): number[] {
  return [...folded.matchAll(/(?:\bnam|\/)\s*(\d{4})\b/g)].map((match) => Number(match[1]));
}

export function withoutYearMentions(folded: string): string {
  return folded.replace(/(?:\b(?:trong\s+)?nam|\/)\s*\d{4}\b/g, ' ');
}

/** How one numbered unit (quarter or month) is read and shown in messages. */
export type NumberedUnit = {
  /** "quy" / "thang", which may be repeated before each item: "Quý I và Quý II". */
  word: RegExp;
  /** The number a token stands for, or null if the token is not a numeral of this unit at all. */
  read: (token: string) => number | null;
  max: number;
  show: (value: number) => string;
  outOfRange: (token: string) => string;
  reversed: (from: string, to: string) => string;
};

export type NumberedList = { values: number[]; year: number | null } | { reason: string } | null;

const ITEM_SEPARATOR = /\s*(?:,|\bva\b|&|\+)\s*/;
const RANGE_SEPARATOR = /\s*(?:-|\bden\b|\btoi\b)\s*/;

export const MIXED_YEARS_REASON =
  'Một thời hạn chỉ ghi các kỳ trong cùng một năm. Hãy tách thành nhiều dòng, ' +
  'hoặc ghi khoảng ngày như "từ 01/10/2025 đến 31/3/2026".';

/**
 * Reads "ii-iii", "i, ii va iv", "1 den 3", "i/2026 - quy ii" into sorted distinct values and the
 * one year written in it or after it (`writtenYear`). Null when the text is not such a list at all.
 */
export function readNumberedList(text: string, unit: NumberedUnit, writtenYear: number | null): NumberedList {
  const ranges: [number, number][] = [];
  const years = new Set(writtenYear === null ? [] : [writtenYear]);
  for (const item of text.split(ITEM_SEPARATOR)) {
    const ends = item.split(RANGE_SEPARATOR);
    if (ends.length > 2) return null;
    const read: number[] = [];
    for (const end of ends) {
      const token = readToken(end, unit.word);
      const value = token && unit.read(token.numeral);
      if (!token || value === null) return null;
      if (value < 1 || value > unit.max) return { reason: unit.outOfRange(token.numeral) };
      if (token.year !== null) years.add(token.year);
      read.push(value);
    }
    const [from, to = from] = read as [number, number?];
    ranges.push([from, to]);
  }
  // Years first: "Quý IV/2025 - Quý I/2026" is a span across years, not a range written backwards.
  if (years.size > 1) return { reason: MIXED_YEARS_REASON };
  const values = new Set<number>();
  for (const [from, to] of ranges) {
    if (from > to) return { reason: unit.reversed(unit.show(from), unit.show(to)) };
    for (let value = from; value <= to; value++) values.add(value);
  }
  return { values: [...values].sort((a, b) => a - b), year: [...years][0] ?? null };
}

function readToken(text: string, word: RegExp): { numeral: string; year: number | null } | null {
  const withoutWord = text.trim().replace(word, '').trim();
  const match = /^([a-z0-9]+)(?:\s*\/\s*(\d{4})|\s+nam\s+(\d{4}))?$/.exec(withoutWord);
  if (!match) return null;
  const year = match[2] ?? match[3];
  return { numeral: match[1] ?? '', year: year === undefined ? null : Number(year) };
}

const ROMAN_VALUES: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12,
};

/** Roman ("ii") or Arabic ("2", "02") numeral. */
export function readRomanOrArabic(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return ROMAN_VALUES[token] ?? null;
}

export function readArabic(token: string): number | null {
  return /^\d{1,2}$/.test(token) ? Number(token) : null;
}
