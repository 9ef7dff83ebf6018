import { DOCUMENT_WORDS as W } from './document-words';

/** Room left for the clerk where a number or a date is not yet known. */
export const BLANK = '\u00a0'.repeat(6);

const parts = (isoDate: string) => {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

/**
 * "Lào Cai, ngày 05 tháng 01 năm 2026": days below 10 and months 1 and 2 take a leading zero
 * (Decree 30/2020/NĐ-CP); an unsigned plan leaves the day and month blank for the clerk.
 */
export function placeAndDate(placeName: string | null, issuedOn: string | null, year: number): string {
  const place = placeName ? `${placeName}, ` : '';
  if (!issuedOn) return `${place}${W.day}${BLANK}${W.month}${BLANK}${W.year} ${year}`;
  const d = parts(issuedOn);
  const month = d.month <= 2 ? String(d.month).padStart(2, '0') : String(d.month);
  return `${place}${W.day} ${String(d.day).padStart(2, '0')} ${W.month} ${month} ${W.year} ${d.year}`;
}

/** "23/01/2026", or "      /      /2026" before the plan is signed (the appendix's "Kèm theo … ngày …"). */
export function shortDate(issuedOn: string | null, year: number): string {
  if (!issuedOn) return `${BLANK}/${BLANK}/${year}`;
  const d = parts(issuedOn);
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** "03/KH-BVSN"; before issue "      /KH-BVSN" with room for the clerk's number. */
export function numberText(numberAndSymbol: string): string {
  return numberAndSymbol.startsWith('/') ? `${BLANK}${numberAndSymbol}` : numberAndSymbol;
}

/** The same rule as the server's register: numbers below 10 get a leading zero. */
export function formatNumberAndSymbol(number: number | null, symbol: string): string {
  return number === null ? `/${symbol}` : `${String(number).padStart(2, '0')}/${symbol}`;
}

const trimEnd = (text: string) => text.trim().replace(/[;.,:]+$/, '');

/** Items of a list in a document: each ends with ";", the last with "." ("Căn cứ …;", "- Lưu: VT, TCHC."). */
export function punctuateList(items: readonly string[]): string[] {
  return items.map((item, i) => `${trimEnd(item)}${i === items.length - 1 ? '.' : ';'}`);
}

/** The text ends with "./." (once, even when the source already wrote it). */
export function withEndMark(text: string): string {
  const body = text.trimEnd().replace(/\s*\.\/\.$/, '').replace(/\.+$/, '');
  return `${body}${W.endMark}`;
}

export type NumberingKind = 'roman' | 'number' | 'letter' | 'bullet' | 'other';

/** What kind of item a numbering marks: I → roman, 1 / 1.1 → number, a → letter, - / + → bullet. */
export function numberingKind(numbering: string): NumberingKind {
  const n = numbering.trim().replace(/[.)]$/, '');
  if (/^[IVXLC]+$/.test(n)) return 'roman';
  if (/^\d+(\.\d+)*$/.test(n)) return 'number';
  if (/^[a-zđ]$/.test(n)) return 'letter';
  if (/^[-+•*–]$/.test(n)) return 'bullet';
  return 'other';
}

/** As the document prints it: "I.", "1.", "1.1.", "a)", "-", "(1)". */
export function formatNumbering(numbering: string): string {
  const n = numbering.trim();
  if (!n) return '';
  switch (numberingKind(n)) {
    case 'roman':
    case 'number':
      return n.endsWith('.') ? n : `${n.replace(/\)$/, '')}.`;
    case 'letter':
      return `${n.replace(/[.)]$/, '')})`;
    default:
      return n;
  }
}
