/**
 * Which work needs a reminder today (SPEC §2.13 "reminders before a deadline and after it is
 * missed"): open work due within the next N working days, and open work already overdue.
 *
 * Decisions:
 * - "Within N days" counts working days, so a Friday reminder with N = 3 also covers deadlines up to
 *   Wednesday: the weekend would otherwise eat the warning.
 * - Only work the department still holds is reminded: not started or in progress. Submitted work
 *   waits on the coordinator, and done or not-applicable work needs nothing.
 * - Late is the lateness rule's call (`latenessOf`), never worked out again here.
 */
import { addWorkingDays, daysLate, latenessOf, type OccurrenceStatus } from '../calendar';
import type { IsoDate } from '../calendar/iso-day';

export const OPEN_STATUSES: readonly OccurrenceStatus[] = ['not_started', 'in_progress'];

export type ReminderCandidate = {
  occurrenceId: string;
  taskTitle: string;
  organizationId: string;
  organizationName: string;
  /** The body the responsible unit belongs to (the unit itself when the body does the work). */
  bodyId: string;
  due: IsoDate | null;
  status: OccurrenceStatus;
  submittedOn: IsoDate | null;
  completedOn: IsoDate | null;
};

export type ReminderReason = 'due_soon' | 'overdue';
export type DueItem = ReminderCandidate & { due: IsoDate; reason: ReminderReason; daysLate: number };

/** The last due date a reminder today looks ahead to. */
export function dueSoonHorizon(today: IsoDate, workingDays: number): IsoDate {
  return addWorkingDays(today, workingDays);
}

export function reminderItems(candidates: readonly ReminderCandidate[], today: IsoDate, workingDays: number): DueItem[] {
  const horizon = dueSoonHorizon(today, workingDays);
  const items: DueItem[] = [];
  for (const c of candidates) {
    if (c.due === null || !OPEN_STATUSES.includes(c.status)) continue;
    const lateness = { due: c.due, status: c.status, submittedOn: c.submittedOn, completedOn: c.completedOn };
    if (latenessOf(lateness, today) === 'overdue') items.push({ ...c, due: c.due, reason: 'overdue', daysLate: daysLate(lateness, today) });
    else if (c.due >= today && c.due <= horizon) items.push({ ...c, due: c.due, reason: 'due_soon', daysLate: 0 });
  }
  return items;
}
