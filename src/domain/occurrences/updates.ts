import type { OccurrenceStatus } from '../calendar';

/**
 * What a department may set on its own occurrence: it works, submits or says the work does not apply.
 * "Done" is the coordinator's word, given by accepting submitted work; accepted work stays closed to
 * the department until the coordinator returns it.
 */
export const UNIT_SETTABLE_STATUSES: readonly OccurrenceStatus[] = ['not_started', 'in_progress', 'submitted', 'not_applicable'];

export type UpdateProblem = 'STATUS_RESERVED_FOR_REVIEW' | 'OCCURRENCE_CLOSED' | 'OCCURRENCE_DETACHED';

export function unitUpdateProblem(current: { status: OccurrenceStatus; detached: boolean }, next: OccurrenceStatus | undefined): UpdateProblem | null {
  if (current.detached) return 'OCCURRENCE_DETACHED';
  if (current.status === 'done') return 'OCCURRENCE_CLOSED';
  if (next !== undefined && !UNIT_SETTABLE_STATUSES.includes(next)) return 'STATUS_RESERVED_FOR_REVIEW';
  return null;
}

export type ReviewDecision = 'accept' | 'return';

/** Only submitted work is reviewed: accepted becomes done, returned goes back to in progress. */
export function reviewOutcome(status: OccurrenceStatus, decision: ReviewDecision): OccurrenceStatus | null {
  if (status !== 'submitted') return null;
  return decision === 'accept' ? 'done' : 'in_progress';
}
