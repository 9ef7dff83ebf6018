import type { PostingStanding } from '../../shared/schemas/procedures';
import type { ProcedureStatus } from '../../shared/procedure-vocabulary';

/** The KPI's target: every procedure in force is posted as it stands. */
export const POSTING_TARGET_PERCENT = 100;

export type PostingCounts = {
  /** Procedures in force on the day. */
  inForce: number;
  /** …of which posted at their current version. */
  posted: number;
  /** …posted, but changed since. */
  stale: number;
  /** …never posted. */
  notPosted: number;
  /** posted / inForce as a percentage with one decimal, null when nothing is in force. */
  percent: number | null;
};

/**
 * The one count of posted procedures (SPEC §2.7, §2.10: "TTHC posted and stale") behind the registry,
 * the indices page, periodic reports, the department of health's table and the public progress page.
 * Only procedures in force count: an abolished one need not be on the board.
 */
export function postingCounts(procedures: readonly { status: ProcedureStatus; standing: PostingStanding }[]): PostingCounts {
  const inForce = procedures.filter((p) => p.status === 'in_force');
  return withShare({ inForce: inForce.length, posted: inForce.filter((p) => p.standing === 'posted').length, stale: inForce.filter((p) => p.standing === 'stale').length });
}

function withShare(c: Pick<PostingCounts, 'inForce' | 'posted' | 'stale'>): PostingCounts {
  return { ...c, notPosted: c.inForce - c.posted - c.stale, percent: c.inForce === 0 ? null : Math.round((c.posted / c.inForce) * 1000) / 10 };
}

/** Counts of several bodies added up, the share taken again from the sums (never an average of shares). */
export function addPostingCounts(list: readonly PostingCounts[]): PostingCounts {
  return withShare(list.reduce((a, c) => ({ inForce: a.inForce + c.inForce, posted: a.posted + c.posted, stale: a.stale + c.stale }), { inForce: 0, posted: 0, stale: 0 }));
}
