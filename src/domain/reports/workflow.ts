import type { ReportState } from '../../shared/report-vocabulary';

/**
 * Who makes a move: the body's director approves (and may take back an approved report before it is
 * sent), the body's coordinator or director sends it, and the body above returns a report sent to it.
 */
export type ReportMover = 'approver' | 'sender' | 'parent';

type Move = { from: readonly ReportState[]; to: ReportState; by: ReportMover };

export const REPORT_MOVES: readonly Move[] = [
  { from: ['draft', 'returned'], to: 'approved', by: 'approver' },
  { from: ['approved'], to: 'submitted', by: 'sender' },
  { from: ['approved'], to: 'returned', by: 'approver' },
  { from: ['submitted'], to: 'returned', by: 'parent' },
];

/** The move from one state to another, or null when the workflow has none. */
export function reportMove(from: ReportState, to: ReportState): Move | null {
  return REPORT_MOVES.find((m) => m.to === to && m.from.includes(from)) ?? null;
}

/** Who could ever move a report to this state, whatever its state now: asked first so a wrong role hears 403, not 409. */
export const moversTo = (to: ReportState): ReportMover[] => [...new Set(REPORT_MOVES.filter((m) => m.to === to).map((m) => m.by))];

/**
 * Texts are written, and the numbers recompiled, only while the report is with its body: a draft, or
 * one sent back. An approved or sent report is what the director signed, so recompiling it is refused
 * (409) rather than silently changing a signed document.
 */
export const isEditable = (state: ReportState): boolean => state === 'draft' || state === 'returned';

/** A return always says why: the body must know what to fix. */
export const needsComment = (to: ReportState): boolean => to === 'returned';
