import type { OccurrenceStatus } from '../calendar';
import { standingOf } from '../occurrences/standing';
import type { IsoDate } from '../schedule/schedule';

export type KpiOccurrence = { due: IsoDate | null; status: OccurrenceStatus; submittedOn: IsoDate | null; completedOn: IsoDate | null };

/**
 * Work done on time: of the body's counted periods that fell due this year up to today (not marked
 * "not applicable"), how many were handed in by their due date and accepted. `late` is what the
 * follow-up calls late plus what was done late; work not yet due does not count either way, and
 * undated work is said apart (it can never be on time or late).
 */
export function tasksOnTime(occurrences: readonly KpiOccurrence[], year: number, today: IsoDate) {
  let due = 0;
  let onTime = 0;
  let late = 0;
  let undated = 0;
  for (const o of occurrences) {
    const s = standingOf(o, today);
    if (s.standing === 'undated') undated++;
    if (!o.due?.startsWith(`${year}-`) || o.due > today || s.standing === 'notApplicable') continue;
    due++;
    if (s.standing === 'done' && !s.finishedLate) onTime++;
    if (s.standing === 'late' || s.finishedLate) late++;
  }
  return { due, onTime, late, undated, share: due === 0 ? null : onTime / due };
}
