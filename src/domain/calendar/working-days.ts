/**
 * Working days of Vietnamese public bodies: Monday to Friday, minus holidays, substitute days and
 * swapped weekdays, plus the Saturdays worked in exchange (see `holidays.ts`).
 *
 * A deadline of n working days "kể từ ngày nhận" ends on the n-th working day after the day of
 * receipt: the first day of a period counted in days is not counted (Bộ luật Dân sự 2015 Điều 147).
 */
import { readIsoDate } from '../schedule/calendar';
import { holidayYear, isCalendarKnown, type DayOff } from './holidays';
import { fromDayNumber, isWeekend, toDayNumber, type IsoDate } from './iso-day';

export { isCalendarKnown };

type YearIndex = { off: ReadonlyMap<IsoDate, DayOff>; extra: ReadonlySet<IsoDate> };

// Built once per year asked for; holiday years never change while the process runs.
const indexes = new Map<number, YearIndex>();

function indexFor(year: number): YearIndex {
  let index = indexes.get(year);
  if (!index) {
    const { days, extraWorkingDays } = holidayYear(year);
    index = { off: new Map(days.map((d) => [d.date, d])), extra: new Set(extraWorkingDays.map((d) => d.date)) };
    indexes.set(year, index);
  }
  return index;
}

/** The year of a date, after checking it is one: a malformed date must throw, not pass as a working day. */
const yearOf = (date: IsoDate) => readIsoDate(date).year;

/** Why offices are closed on `date` beyond the ordinary weekend, if they are. */
export function dayOffOn(date: IsoDate): DayOff | undefined {
  return indexFor(yearOf(date)).off.get(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  const index = indexFor(yearOf(date));
  if (index.extra.has(date)) return true;
  return !isWeekend(date) && !index.off.has(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = toDayNumber(date) + 1;
  while (!isWorkingDay(fromDayNumber(day))) day++;
  return fromDayNumber(day);
}

/**
 * The n-th working day after `date` (n ≥ 0); n = 0 gives `date` itself. A citizen's feedback
 * received on Friday 24/01/2025 with 10 working days is due on 14/02/2025: the Tết break
 * (25/01–02/02) does not count.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
  let result = fromDayNumber(toDayNumber(date));
  for (let counted = 0; counted < n; counted++) result = nextWorkingDay(result);
  return result;
}

/**
 * Working days in (from, to]: after `from`, up to and including `to`, so that
 * workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  // "0 -" rather than unary minus: an empty backward span is 0, not -0.
  if (end < start) return 0 - workingDaysBetween(to, from);
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (isWorkingDay(fromDayNumber(day))) count++;
  return count;
}
