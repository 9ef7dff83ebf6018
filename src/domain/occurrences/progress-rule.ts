import { nearestProgress, progressFits as fits, statusForProgress } from '../../shared/occurrence-progress';
import type { OccurrenceStatus } from '../calendar';

export { nearestProgress, PROGRESS_RANGE } from '../../shared/occurrence-progress';

export type Work = { status: OccurrenceStatus; progress: number };

export const progressFits = ({ status, progress }: Work): boolean => fits(status, progress);

export type SettledWork = (Work & { problem?: undefined }) | (Work & { problem: 'PROGRESS_CONTRADICTS_STATUS' });

/**
 * The status and progress an update leads to. Both asked: they must agree. One asked: the other
 * follows it (a status moves the progress to its nearest allowed value; a progress moves work not
 * yet submitted between not started and in progress). A contradiction is answered with the pair
 * that contradicts, for the message.
 */
export function settleWork(current: Work, asked: { status?: OccurrenceStatus; progress?: number }): SettledWork {
  if (asked.status !== undefined && asked.progress !== undefined) {
    const work = { status: asked.status, progress: asked.progress };
    return progressFits(work) ? work : { ...work, problem: 'PROGRESS_CONTRADICTS_STATUS' };
  }
  if (asked.status !== undefined) return { status: asked.status, progress: nearestProgress(asked.status, current.progress) };
  if (asked.progress !== undefined) {
    const status = statusForProgress(current.status, asked.progress);
    return status ? { status, progress: asked.progress } : { status: current.status, progress: asked.progress, problem: 'PROGRESS_CONTRADICTS_STATUS' };
  }
  return { status: current.status, progress: nearestProgress(current.status, current.progress) };
}
