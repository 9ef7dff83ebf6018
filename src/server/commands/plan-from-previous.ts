import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { listTasks } from '../../db/repositories/tasks';
import type { PlanKind } from '../../shared/plan-vocabulary';
import type { AssigneeRef, PlanContent, TaskInput } from '../../shared/schemas/plans';
import { badRequest } from '../errors';
import { loadPlan } from './load-plan';
import type { PlanStart } from './plan-start';

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
  const tasks = (await listTasks(db, previous.id)).map(
    (t): TaskInput => ({
      number: t.number,
      title: t.title,
      reformArea: t.reform_area as TaskInput['reformArea'],
      lead: t.lead_json ? (JSON.parse(t.lead_json) as AssigneeRef) : null,
      coordinators: JSON.parse(t.coordinators_json) as AssigneeRef[],
      deadlineText: moveYearForward(t.deadline_text, previous.year),
      outputText: t.output_text,
      outputKind: t.output_kind as TaskInput['outputKind'],
      note: t.note,
      weight: t.weight,
    }),
  );
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
