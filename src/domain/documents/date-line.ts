import { readIsoDate } from '../schedule/calendar';
import type { IsoDate } from '../schedule/schedule';

/** Room left for the records clerk where a number or a day is written by hand at registration. */
export const BLANK = '\u00a0'.repeat(6);

/** A date not yet known: only its year is printed. */
export type BlankDate = { year: number };

/**
 * The place-and-date line of Decree 30/2020/NĐ-CP: "Lào Cai, ngày 05 tháng 01 năm 2026". Days below
 * 10 and months 1 and 2 take a leading zero; an unregistered document leaves day and month blank for
 * the clerk ("Lào Cai, ngày      tháng      năm 2026").
 */
export function vietnameseDateLine(place: string | null, date: IsoDate | BlankDate): string {
  const prefix = place ? `${place}, ` : '';
  if (typeof date !== 'string') return `${prefix}ngày${BLANK}tháng${BLANK}năm ${date.year}`;
  const { year, month, day } = readIsoDate(date);
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${prefix}ngày ${String(day).padStart(2, '0')} tháng ${monthText} năm ${year}`;
}

/** "23/01/2026", or "      /      /2026" before registration (an appendix's "Kèm theo … ngày …"). */
export function shortDateOrBlank(date: IsoDate | BlankDate): string {
  if (typeof date !== 'string') return `${BLANK}/${BLANK}/${date.year}`;
  const { year, month, day } = readIsoDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
