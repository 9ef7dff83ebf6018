import { expandSchedule, type Schedule } from '../schedule';

/** One period of a task for one responsible body, before it is stored. */
export type PlannedOccurrence = { organizationId: string; start: string | null; end: string | null; due: string | null };

/** A stored occurrence as far as re-expansion cares: where it stands and whether work was recorded on it. */
export type StoredOccurrence = PlannedOccurrence & { id: string; hasRecordedWork: boolean; detached: boolean };

/**
 * The occurrences a task asks for: each period of its schedule for each responsible body. A task
 * whose deadline is not understood yet still gets one undated occurrence per body, so the work is
 * visible and can be followed while someone fixes the deadline; on-request work gets none until a
 * request is logged.
 */
export function plannedOccurrences(schedule: Schedule | null, responsibleIds: readonly string[]): PlannedOccurrence[] {
  const bodies = [...new Set(responsibleIds)];
  if (schedule === null) return bodies.map((organizationId) => ({ organizationId, start: null, end: null, due: null }));
  const periods = expandSchedule(schedule);
  return bodies.flatMap((organizationId) => periods.map((p) => ({ organizationId, start: p.start, end: p.end, due: p.due })));
}

const key = (o: PlannedOccurrence) => `${o.organizationId}|${o.start ?? ''}|${o.end ?? ''}`;

export type Reconciliation = {
  /** Stored occurrences the new plan still asks for (their due date may have moved). */
  keep: { id: string; due: string | null; reattach: boolean }[];
  create: PlannedOccurrence[];
  /** No longer asked for but work was recorded on them: kept, marked detached, never lost. */
  detach: string[];
  /** No longer asked for and untouched: removed. */
  remove: string[];
};

/** Re-expansion after a task edit: match by body and period, keep every recorded update. */
export function reconcileOccurrences(stored: readonly StoredOccurrence[], planned: readonly PlannedOccurrence[]): Reconciliation {
  const wanted = new Map(planned.map((p) => [key(p), p]));
  const result: Reconciliation = { keep: [], create: [], detach: [], remove: [] };
  const matched = new Set<string>();
  for (const s of stored) {
    const p = wanted.get(key(s));
    if (p && !matched.has(key(s))) {
      matched.add(key(s));
      result.keep.push({ id: s.id, due: p.due, reattach: s.detached });
    } else if (s.hasRecordedWork) {
      if (!s.detached) result.detach.push(s.id);
    } else {
      result.remove.push(s.id);
    }
  }
  for (const p of planned) if (!matched.has(key(p))) result.create.push(p);
  return result;
}
