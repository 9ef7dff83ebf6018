import type { OCCURRENCE_STATUS_VALUES } from './schemas/occurrences';

type OccurrenceStatus = (typeof OCCURRENCE_STATUS_VALUES)[number];

/**
 * The progress each status allows, so that the two never contradict: work not started (or that does
 * not apply) stands at 0 %, work under way between 1 % and 99 %, and 100 % is reached only by
 * submitting the result — accepted work stays at 100 %. The domain enforces it
 * (domain/occurrences/progress-rule.ts); the update form follows it as the person types.
 */
export const PROGRESS_RANGE: Record<OccurrenceStatus, readonly [min: number, max: number]> = {
  not_started: [0, 0],
  in_progress: [1, 99],
  submitted: [100, 100],
  done: [100, 100],
  not_applicable: [0, 0],
};

export const progressFits = (status: OccurrenceStatus, progress: number): boolean => progress >= PROGRESS_RANGE[status][0] && progress <= PROGRESS_RANGE[status][1];

/** The allowed progress closest to the one given: what a status change does to the progress. */
export function nearestProgress(status: OccurrenceStatus, progress: number): number {
  const [min, max] = PROGRESS_RANGE[status];
  return Math.min(max, Math.max(min, progress));
}

/**
 * The status a new progress leads to: work not yet submitted follows it (0 % not started, 1–99 % in
 * progress; marking work not applicable and then giving it progress starts it). Null when progress
 * alone cannot say: 100 % is reached by submitting, and submitted or accepted work is not moved by it.
 */
export function statusForProgress(current: OccurrenceStatus, progress: number): OccurrenceStatus | null {
  if (progressFits(current, progress)) return current;
  if (current === 'submitted' || current === 'done' || progress === 100) return null;
  return progress === 0 ? 'not_started' : 'in_progress';
}
