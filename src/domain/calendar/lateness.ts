/**
 * Late work is computed, never typed (SPEC §2.5): from the due date, the status and the dates the
 * unit submitted or finished, against today's date in Vietnam.
 *
 * Decisions:
 * - What counts is when the unit handed the work in. A submission on or before the due date is on
 *   time even if the coordinator reviews it later, so `submittedOn` wins over `completedOn`.
 * - A submitted occurrence without `submittedOn` is treated as still open: late once today > due.
 *   Work sent back by the coordinator is open again (the caller then gives no `submittedOn`).
 * - A done occurrence with neither date is not late: lateness is never presumed.
 * - Not applicable, or no due date (on-request work before a request), is never late.
 * Dates are ISO yyyy-mm-dd, so comparing strings compares days.
 */
import { daysBetween, toDayNumber, type IsoDate } from './iso-day';

export const OCCURRENCE_STATUSES = ['not_started', 'in_progress', 'submitted', 'done', 'not_applicable'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

export type LatenessInput = {
  due: IsoDate | null;
  status: OccurrenceStatus;
  /** When the work was accepted as done. */
  completedOn?: IsoDate | null;
  /** When the unit submitted the work for review (the current submission). */
  submittedOn?: IsoDate | null;
};

/** `overdue`: still open past its due date. `finished_late`: handed in after its due date. */
export type Lateness = 'not_late' | 'overdue' | 'finished_late';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's date in Vietnam. Asia/Ho_Chi_Minh has been UTC+7 all year since 1975, with no daylight
 * saving, so adding 7 hours to the UTC instant and reading the UTC date is exact. It needs no time
 * zone database, and the answer does not depend on the server's own zone.
 */
export function todayInVietnam(now: Date): IsoDate {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid date');
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

function handedInOn(o: LatenessInput): IsoDate | null {
  if (o.status === 'done') return o.submittedOn ?? o.completedOn ?? null;
  if (o.status === 'submitted') return o.submittedOn ?? null;
  return null;
}

export function latenessOf(o: LatenessInput, today: IsoDate): Lateness {
  if (o.due === null || o.status === 'not_applicable') return 'not_late';
  const handedIn = handedInOn(o);
  if (handedIn !== null) return handedIn > o.due ? 'finished_late' : 'not_late';
  if (o.status === 'done') return 'not_late';
  return today > o.due ? 'overdue' : 'not_late';
}

export function isLate(o: LatenessInput, today: IsoDate): boolean {
  return latenessOf(o, today) !== 'not_late';
}

/** Calendar days past due: until today while open, until hand-in once handed in; 0 when not late. */
export function daysLate(o: LatenessInput, today: IsoDate): number {
  if (o.due === null) return 0;
  switch (latenessOf(o, today)) {
    case 'overdue':
      return daysBetween(o.due, today);
    case 'finished_late':
      return daysBetween(o.due, handedInOn(o) ?? o.due);
    case 'not_late':
      return 0;
  }
}

/**
 * Due today or within the next `withinDays` calendar days. Only the dates: the caller leaves out
 * occurrences that are done or not applicable.
 */
export function isDueSoon(due: IsoDate | null, today: IsoDate, withinDays: number): boolean {
  if (!Number.isInteger(withinDays) || withinDays < 0) throw new RangeError(`withinDays must be a whole number ≥ 0: ${withinDays}`);
  if (due === null) return false;
  const left = toDayNumber(due) - toDayNumber(today);
  return left >= 0 && left <= withinDays;
}
