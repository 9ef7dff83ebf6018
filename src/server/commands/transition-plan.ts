import { transitionTarget, type PlanTransition } from '../../domain/plans/lifecycle';
import { findPlan, insertPlanVersion, nextDocumentNumber, updatePlan, type PlanRow } from '../../db/repositories/plans';
import type { PlanState } from '../../shared/plan-vocabulary';
import { badRequest, forbidden } from '../errors';
import { can, type Action } from '../policies';
import { placed } from './load-organization';
import { loadPlan } from './load-plan';
import { notifyPlanStep } from './notify-steps';
import { planSnapshot } from './plan-snapshot';
import { inTransaction, type CommandContext } from './transaction';

const MOVES: Record<PlanState, { transition: PlanTransition; action: Action }[]> = {
  submitted: [{ transition: 'submit', action: 'plan.submit' }],
  draft: [{ transition: 'return', action: 'plan.approve' }],
  issued: [
    { transition: 'issue', action: 'plan.approve' },
    { transition: 'reopen', action: 'plan.close' },
  ],
  closed: [{ transition: 'close', action: 'plan.close' }],
};

const SUMMARY: Record<PlanTransition, string> = {
  submit: 'Trình phê duyệt',
  return: 'Trả lại dự thảo',
  issue: 'Ban hành',
  close: 'Kết thúc',
  reopen: 'Mở lại',
};

/** Today in Vietnam (UTC+7, no daylight saving): the date a plan is signed when none is given. */
const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * A plan for a year is signed late the year before, during the year, or at the latest early the next
 * (an amended plan): a signing date further off is a typo (2062 for 2026), refused before it is printed.
 */
function checkSigningYear(issuedOn: string, planYear: number): void {
  const year = Number(issuedOn.slice(0, 4));
  if (year >= planYear - 1 && year <= planYear + 1) return;
  throw badRequest('VALIDATION_FAILED', `Ngày ban hành phải thuộc các năm ${planYear - 1}–${planYear + 1} (kế hoạch năm ${planYear}).`, [
    { field: 'issuedOn', message: `Ngày ban hành phải thuộc các năm ${planYear - 1}–${planYear + 1}.` },
  ]);
}

/**
 * Moves a plan along its lifecycle. Issuing takes the next number of the body's register for the
 * year and keeps the issued text as a version that later edits cannot change.
 */
export async function transitionPlan(ctx: CommandContext, id: string, to: PlanState, options: { issuedOn?: string; comment?: string }): Promise<PlanRow> {
  return inTransaction(ctx, async (tx) => {
    const { plan, body } = await loadPlan(tx.db, ctx.actor, id, 'read');
    const move = MOVES[to].find((m) => transitionTarget(plan.state as PlanState, m.transition) === to);
    if (!move) throw badRequest('PLAN_TRANSITION_NOT_ALLOWED', `Không thể chuyển kế hoạch từ trạng thái hiện tại sang "${to}".`, [{ field: 'to', message: 'Không hợp lệ' }]);
    if (!can(ctx.actor, move.action, placed(body))) throw forbidden();
    if (move.transition === 'issue') {
      if (options.issuedOn) checkSigningYear(options.issuedOn, plan.year);
      const number = plan.number ?? (await nextDocumentNumber(tx.db, body.id, plan.year, 'KH'));
      await updatePlan(tx.db, id, { state: to, number, issued_on: options.issuedOn ?? plan.issued_on ?? todayInVietnam() });
      const issued = (await findPlan(tx.db, id))!;
      await insertPlanVersion(tx.db, { planId: id, version: issued.version, state: to, snapshot: await planSnapshot(tx.db, issued, body), createdBy: ctx.actor.userId });
    } else {
      await updatePlan(tx.db, id, { state: to });
    }
    const after = (await findPlan(tx.db, id))!;
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: `plan.${move.transition}`,
      entityType: 'plan',
      entityId: id,
      summary: `${SUMMARY[move.transition]} kế hoạch "${after.title}"${options.comment ? `: ${options.comment}` : ''}`,
      before: { state: plan.state, number: plan.number },
      after: { state: after.state, number: after.number, issuedOn: after.issued_on },
    });
    await notifyPlanStep(tx, ctx, move.transition, after, body, options.comment);
    return after;
  });
}
