/**
 * Calendar arithmetic on ISO date strings. Pure arithmetic, no Date objects: a Date would bring a
 * time zone with it, and a deadline of 30/6 must stay 30/6 in Hà Nội and on a UTC server alike.
 */
import type { IsoDate, Month, Quarter } from './schedule';

export type DateSpan = { start: IsoDate; end: IsoDate };
export type CalendarDate = { year: number; month: number; day: number };

const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;
export type QuarterNumeral = (typeof QUARTER_NUMERALS)[number];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads yyyy-mm-dd; throws on anything else, since callers pass dates this module produced. */
export function readIsoDate(date: IsoDate): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parts = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!parts || !isRealDate(parts)) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return parts;
}

export function monthRange(year: number, month: Month): DateSpan {
  return { start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
}

/** Months first..last inclusive, e.g. (2026, 4, 9) → 2026-04-01..2026-09-30. */
export function monthsRange(year: number, first: Month, last: Month): DateSpan {
  return { start: monthRange(year, first).start, end: monthRange(year, last).end };
}

export function quarterRange(year: number, quarter: Quarter): DateSpan {
  return monthsRange(year, firstMonthOf(quarter), lastMonthOf(quarter));
}

export function quarterOf(date: IsoDate): Quarter {
  return Math.ceil(readIsoDate(date).month / 3) as Quarter;
}

export function firstMonthOf(quarter: Quarter): Month {
  return (quarter * 3 - 2) as Month;
}

export function lastMonthOf(quarter: Quarter): Month {
  return (quarter * 3) as Month;
}

export function formatQuarter(quarter: Quarter): QuarterNumeral {
  return QUARTER_NUMERALS[quarter - 1] as QuarterNumeral;
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatDateVi(date: IsoDate): string {
  const { year, month, day } = readIsoDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
