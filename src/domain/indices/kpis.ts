import { latenessOf, type OccurrenceStatus } from '../calendar';
import type { IsoDate } from '../schedule/schedule';

export type KpiOccurrence = { due: IsoDate | null; status: OccurrenceStatus; submittedOn: IsoDate | null; completedOn: IsoDate | null };

/**
 * Work done on time: of the periods that fell due this year up to today (not marked "not applicable"),
 * how many were handed in by their due date and accepted. Work not yet due does not count either way.
 */
export function tasksOnTime(occurrences: readonly KpiOccurrence[], year: number, today: IsoDate) {
  let due = 0;
  let onTime = 0;
  let late = 0;
  for (const o of occurrences) {
    if (!o.due?.startsWith(`${year}-`) || o.due > today || o.status === 'not_applicable') continue;
    due++;
    const lateness = latenessOf(o, today);
    if (o.status === 'done' && lateness === 'not_late') onTime++;
    if (lateness !== 'not_late') late++;
  }
  return { due, onTime, late, share: due === 0 ? null : onTime / due };
}
