import type { PostingStanding } from '../../shared/schemas/procedures';
import type { ProcedureEventKind, ProcedureStatus } from '../../shared/procedure-vocabulary';

/** A dated event of a procedure, as far as its status is concerned. */
export type StatusEvent = { kind: ProcedureEventKind; effectiveOn: string; createdAt: string };

const ENDS: ReadonlySet<ProcedureEventKind> = new Set(['replaced', 'abolished']);

/** Events by the day they take effect; two on one day in the order they were recorded. */
export function eventsInOrder<T extends StatusEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * The status of a procedure on a day (yyyy-mm-dd), from the events in effect by then: none yet → not yet
 * in force; the last one replaced or abolished it → ended so; otherwise (issued, amended, supplemented)
 * in force. An event dated after the day does not count yet, so a decision taking effect next month
 * shows only from then.
 */
export function statusOn(events: readonly StatusEvent[], day: string): { status: ProcedureStatus; last: StatusEvent | null } {
  const inEffect = eventsInOrder(events).filter((e) => e.effectiveOn <= day);
  const last = inEffect.at(-1) ?? null;
  if (!last) return { status: 'not_yet_in_force', last };
  if (ENDS.has(last.kind)) return { status: last.kind as 'replaced' | 'abolished', last };
  return { status: 'in_force', last };
}

/**
 * Whether the posted text is the one in force. Every change of a procedure's content (by hand or by an
 * amending decision) gives it a new version; a posting records the version it put up. Posted at the
 * current version → posted; posted at an older one → stale until posted again; never → not posted.
 */
export function postingStanding(version: number, lastPostedVersion: number | null): PostingStanding {
  if (lastPostedVersion === null) return 'not_posted';
  return lastPostedVersion >= version ? 'posted' : 'stale';
}

/** Events that change what the citizen must do, and so what must be posted. */
export const CHANGES_CONTENT: ReadonlySet<ProcedureEventKind> = new Set(['amended', 'supplemented']);
