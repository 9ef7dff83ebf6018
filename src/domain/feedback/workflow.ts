import type { FeedbackState } from '../../shared/feedback-vocabulary';

/** The steps of handling a feedback item, each by someone and on a day (SPEC §2.8). */
export type FeedbackStep = 'assign' | 'answer' | 'close' | 'refuse' | 'reopen';

/**
 * Where each step may start and where it leads. An answer can be corrected while the item is answered
 * (answered → answered), a closed one is reopened to answered when the citizen writes back; a refusal
 * (out of scope) needs a reason and ends the item.
 */
const STEPS: Record<FeedbackStep, { from: readonly FeedbackState[]; to: FeedbackState }> = {
  assign: { from: ['received', 'assigned'], to: 'assigned' },
  answer: { from: ['received', 'assigned', 'answered'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
  refuse: { from: ['received', 'assigned'], to: 'refused' },
  reopen: { from: ['closed'], to: 'answered' },
};

/** The state a step leads to, or null when it cannot be taken from `state`. */
export function stepFrom(state: FeedbackState, step: FeedbackStep): FeedbackState | null {
  const rule = STEPS[step];
  return rule.from.includes(state) ? rule.to : null;
}

/** The steps open from a state, for the buttons a handler sees. */
export const stepsFrom = (state: FeedbackState): FeedbackStep[] => (Object.keys(STEPS) as FeedbackStep[]).filter((s) => stepFrom(state, s) !== null);

/** Settled items no longer run against their deadline; their personal data's retention starts when they close. */
export const isSettled = (state: FeedbackState) => state === 'answered' || state === 'closed' || state === 'refused';
