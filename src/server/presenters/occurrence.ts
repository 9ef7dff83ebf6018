import type { Actor } from '../../domain/access/actor';
import { latenessOf, type OccurrenceStatus } from '../../domain/calendar';
import { standingOf } from '../../domain/occurrences/standing';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import type { OccurrenceEventRow, OccurrenceInContext } from '../../db/repositories/occurrences';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { canReviewOccurrence, canUpdateOccurrence } from '../commands/occurrence-access';

/** One step of a period's history: the history route and the task page show the same. */
export const presentOccurrenceEvent = (e: OccurrenceEventRow) => ({ at: e.at, actor: e.actor_name, kind: e.kind, status: e.status, progress: e.progress, note: e.note, comment: e.comment });

/** A period of work as every list and page shows it: lateness computed for today, and what the reader may do with it. */
export function presentOccurrence(actor: Actor, o: OccurrenceInContext, coordinating: string[], today: string): OccurrenceDto {
  const facts = { due: o.due, status: o.status as OccurrenceStatus, submittedOn: o.submitted_on, completedOn: o.completed_on };
  const lateness = latenessOf(facts, today);
  const doesTheWork = canUpdateOccurrence(actor, o, coordinating);
  const reviews = canReviewOccurrence(actor, o);
  return {
    id: o.id,
    taskId: o.task_id,
    planId: o.plan_id,
    plan: { id: o.plan_id, numberAndSymbol: formatPlanNumber(o.plan_number, o.plan_symbol), title: o.plan_title },
    taskTitle: o.task_title,
    organization: { id: o.organization_id, code: o.org_code, name: o.org_name },
    start: o.period_start,
    end: o.period_end,
    due: o.due,
    status: o.status as OccurrenceStatus,
    progress: o.progress,
    note: o.note,
    late: lateness !== 'not_late',
    lateness,
    standing: standingOf(facts, today).standing,
    submittedOn: o.submitted_on,
    completedOn: o.completed_on,
    updatedAt: o.updated_at,
    can: {
      update: doesTheWork && o.status !== 'done' && !o.detached_at,
      review: o.status === 'submitted' && reviews,
      comment: doesTheWork || reviews,
    },
  };
}
