import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { listTasks } from '../../db/repositories/tasks';
import type { PlanKind } from '../../shared/plan-vocabulary';
import type { PlanContent } from '../../shared/schemas/plans';
import { badRequest } from '../errors';
import { loadPlan } from './load-plan';
import type { PlanStart } from './plan-start';
import { taskTableOf } from './save-task-table';

/** Moves every mention of the plan's year (and the year after, for plans that reach into it) forward by one. */
export function moveYearForward(text: string, year: number): string {
  return text.replace(/\b(\d{4})\b/g, (match, y: string) => (Number(y) === year || Number(y) === year + 1 ? String(Number(y) + 1) : match));
}

/**
 * Next year's plan from this year's: same sections and tasks with their leads, every deadline and the
 * title moved a year, no number, no progress. The bases and the opening are kept for the person to
 * update: they cite documents of their own dates, which do not move.
 */
export async function startFromPrevious(db: Db, actor: Actor, body: OrganizationRow, previousId: string): Promise<PlanStart> {
  const { plan: previous } = await loadPlan(db, actor, previousId, 'plan.edit');
  if (previous.organization_id !== body.id) throw badRequest('PREVIOUS_OF_OTHER_BODY', 'Chỉ sao chép được kế hoạch của chính đơn vị.', [{ field: 'copyFromId', message: 'Kế hoạch của đơn vị khác' }]);
  const content = JSON.parse(previous.content_json) as PlanContent;
  // New rows (no ids): the copy gets tasks and occurrences of its own, with no progress.
  const tasks = taskTableOf(await listTasks(db, previous.id)).map(({ id: _id, parentTaskId: _parent, ...row }) => ({
    ...row,
    deadlineText: moveYearForward(row.deadlineText, previous.year),
  }));
  return {
    year: previous.year + 1,
    kind: previous.kind as PlanKind,
    title: moveYearForward(previous.title, previous.year),
    parentPlanId: null,
    previousPlanId: previous.id,
    content,
    tasks,
    signingAuthority: previous.signing_authority,
    signerTitle: previous.signer_title,
    signerName: previous.signer_name,
  };
}
