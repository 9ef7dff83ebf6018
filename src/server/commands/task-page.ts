import { todayInVietnam } from '../../domain/calendar';
import { assigneeNames } from '../../db/repositories/assignee-names';
import { listEvidenceOfOccurrences } from '../../db/repositories/evidence';
import { findMediaItemsByIds, listItemIdsLinkedToTask } from '../../db/repositories/media-items';
import { listEventsOfOccurrences, listOccurrencesOfTaskInReach } from '../../db/repositories/occurrences';
import { findTask, taskFields } from '../../db/repositories/tasks';
import type { PlanState } from '../../shared/plan-vocabulary';
import type { AssigneeRef } from '../../shared/schemas/plans';
import type { TaskPageDto } from '../../shared/schemas/task-page';
import { AppError, notFound } from '../errors';
import { can, rootsFor } from '../policies';
import { presentEvidence } from '../presenters/evidence';
import { presentMediaSummaries } from '../presenters/media-item';
import { presentOccurrence, presentOccurrenceEvent } from '../presenters/occurrence';
import { presentPlanSummary, presentTask } from '../presenters/plan';
import { loadPlan } from './load-plan';
import { placeOfItem } from './media-access';
import { coordinatorResolver } from './occurrence-access';
import type { CommandContext } from './transaction';

export const taskNotFound = () => notFound('TASK_NOT_FOUND', 'Không tìm thấy nhiệm vụ.');

/**
 * A task as its own page shows it. Whoever may read its plan reads the task (another body's task is
 * answered as not existing); of its periods, those inside the reader's reach, as in the work list.
 */
export async function loadTaskPage(ctx: CommandContext, id: string): Promise<TaskPageDto> {
  const task = await findTask(ctx.db, id);
  if (!task) throw taskNotFound();
  const { plan, body } = await loadPlan(ctx.db, ctx.actor, task.plan_id, 'read').catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'PLAN_NOT_FOUND' ? taskNotFound() : error;
  });
  const occurrences = await listOccurrencesOfTaskInReach(ctx.db, task.id, rootsFor(ctx.actor, 'plan.read'));
  const ids = occurrences.map((o) => o.id);
  const [evidence, events, itemIds] = await Promise.all([listEvidenceOfOccurrences(ctx.db, ids), listEventsOfOccurrences(ctx.db, ids), listItemIdsLinkedToTask(ctx.db, task.id)]);
  const items = (await findMediaItemsByIds(ctx.db, itemIds)).filter((i) => can(ctx.actor, 'media.read', placeOfItem(i)));

  const fields = taskFields(task);
  const names = await assigneeNames(ctx.db, [...(fields.lead ? [fields.lead] : []), ...fields.coordinators]);
  const named = (ref: AssigneeRef) => ({ ...ref, name: names[`${ref.type}:${ref.id}`] ?? null });
  const { number, title, reformArea, deadlineText, schedule, outputText, outputKind, note } = presentTask(task, [], plan.year);
  const coordinating = coordinatorResolver(ctx.db);
  const today = todayInVietnam(new Date());
  const summary = presentPlanSummary(ctx.actor, plan, body, 0);

  return {
    task: { id: task.id, number, title, reformArea, deadlineText, schedule, outputText, outputKind, note, lead: fields.lead ? named(fields.lead) : null, coordinators: fields.coordinators.map(named) },
    plan: { id: plan.id, numberAndSymbol: summary.numberAndSymbol, title: plan.title, state: plan.state as PlanState, year: plan.year, organization: { id: body.id, name: body.name } },
    occurrences: await Promise.all(
      occurrences.map(async (o) => ({
        ...presentOccurrence(ctx.actor, o, await coordinating(o), today),
        detached: !!o.detached_at,
        evidence: evidence.filter((e) => e.occurrence_id === o.id).map(presentEvidence),
        history: events.filter((e) => e.occurrence_id === o.id).map(presentOccurrenceEvent),
      })),
    ),
    mediaItems: await presentMediaSummaries(ctx.db, ctx.actor, items),
    can: { editInPlan: summary.can.update },
  };
}
