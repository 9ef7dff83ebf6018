import type { PlanState } from '../../shared/plan-vocabulary';

/**
 * A plan is drafted, submitted for approval, issued (numbered and frozen: later changes make new
 * versions) and finally closed. A submitted plan can be sent back to draft; an issued one reopened
 * from closed. Who may make each move is the policies' business; which moves exist is this table's.
 */
export const PLAN_TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted' },
  return: { from: ['submitted'], to: 'draft' },
  issue: { from: ['submitted'], to: 'issued' },
  close: { from: ['issued'], to: 'closed' },
  reopen: { from: ['closed'], to: 'issued' },
} as const satisfies Record<string, { from: readonly PlanState[]; to: PlanState }>;

export type PlanTransition = keyof typeof PLAN_TRANSITIONS;

export function transitionTarget(from: PlanState, transition: PlanTransition): PlanState | null {
  const rule = PLAN_TRANSITIONS[transition];
  return (rule.from as readonly PlanState[]).includes(from) ? rule.to : null;
}

/** Plans that bind: a draft or a plan waiting for approval asks nothing of anyone yet. */
export const PLAN_STATES_IN_FORCE = ['issued', 'closed'] as const satisfies readonly PlanState[];

export const isInForce = (state: string): boolean => (PLAN_STATES_IN_FORCE as readonly string[]).includes(state);

/** Editing an issued or closed plan does not change what was issued: it makes a new version. */
export function editMakesNewVersion(state: PlanState): boolean {
  return isInForce(state);
}

/** "03/KH-BVSN": numbers below 10 get a leading zero (Decree 30/2020/NĐ-CP). */
export function formatPlanNumber(number: number | null, symbol: string): string {
  return number === null ? `/${symbol}` : `${String(number).padStart(2, '0')}/${symbol}`;
}

/** The symbol of a body's plans: KH- and the body's code, as the seeds write it ("KH-BVSN"). */
export function planSymbol(bodyCode: string): string {
  return `KH-${bodyCode}`;
}
