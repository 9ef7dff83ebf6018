import { BLANK, placeAndDate, shortDate } from '../../shared/plan-document/document-text';
import { readIsoDate } from '../schedule/calendar';
import type { IsoDate } from '../schedule/schedule';

/**
 * The date lines of Decree 30/2020/NĐ-CP for the DOCX writers. The rule itself (leading zeros, blanks
 * for the clerk) lives once in shared/plan-document, where the web's document view reads it too.
 */
export { BLANK };

/** A date not yet known: only its year is printed. */
export type BlankDate = { year: number };

// readIsoDate refuses a day that does not exist (30/02): an official document never prints one.
const split = (date: IsoDate | BlankDate) => (typeof date === 'string' ? { issuedOn: date, year: readIsoDate(date).year } : { issuedOn: null, year: date.year });

/** "Lào Cai, ngày 05 tháng 01 năm 2026", or "Lào Cai, ngày      tháng      năm 2026" before registration. */
export function vietnameseDateLine(place: string | null, date: IsoDate | BlankDate): string {
  const { issuedOn, year } = split(date);
  return placeAndDate(place, issuedOn, year);
}

/** "23/01/2026", or "      /      /2026" before registration (an appendix's "Kèm theo … ngày …"). */
export function shortDateOrBlank(date: IsoDate | BlankDate): string {
  const { issuedOn, year } = split(date);
  return shortDate(issuedOn, year);
}
