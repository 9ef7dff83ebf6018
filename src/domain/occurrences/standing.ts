import { latenessOf, type LatenessInput } from '../calendar';
import type { IsoDate } from '../schedule/schedule';

/**
 * Where one period of work stands on a day — the single reading every count in the product uses
 * (home page, follow-up matrix, board, KPIs, reports), so two pages never disagree:
 * - `done`: accepted (`finishedLate` when it was handed in after its due date);
 * - `late`: not accepted, and past its due date — still open, or handed in after it;
 * - `due`: not accepted and not late: due later, or handed in on time and waiting for review;
 * - `notApplicable`: marked as not applying; counted apart, never late;
 * - `undated`: its task has no deadline the system understands, so it belongs to no period and can be
 *   neither due nor late — counted apart whatever its status, until someone gives the task a deadline.
 */
export type Standing = 'done' | 'late' | 'due' | 'notApplicable' | 'undated';

export type StandingOf = { standing: Standing; finishedLate: boolean };

export function standingOf(o: LatenessInput, today: IsoDate): StandingOf {
  if (o.status === 'not_applicable') return { standing: 'notApplicable', finishedLate: false };
  if (o.due === null) return { standing: 'undated', finishedLate: false };
  const lateness = latenessOf(o, today);
  if (o.status === 'done') return { standing: 'done', finishedLate: lateness === 'finished_late' };
  return { standing: lateness === 'not_late' ? 'due' : 'late', finishedLate: false };
}

/** Counts of work by standing; `doneLate` is the part of `done` handed in late. They add up to `total`. */
export type WorkTally = { total: number; done: number; doneLate: number; late: number; due: number; notApplicable: number; undated: number };

export const emptyTally = (): WorkTally => ({ total: 0, done: 0, doneLate: 0, late: 0, due: 0, notApplicable: 0, undated: 0 });

export function addToTally(tally: WorkTally, s: StandingOf): void {
  tally.total++;
  tally[s.standing]++;
  if (s.finishedLate) tally.doneLate++;
}

export function tallyWork(items: readonly LatenessInput[], today: IsoDate): WorkTally {
  const tally = emptyTally();
  for (const o of items) addToTally(tally, standingOf(o, today));
  return tally;
}

/** Share done of what applies (0–1), or null when nothing applies yet. */
export function shareDone(t: WorkTally): number | null {
  const applies = t.total - t.notApplicable;
  return applies > 0 ? t.done / applies : null;
}
