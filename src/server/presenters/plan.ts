import type { z } from 'zod';
import type { Actor } from '../../domain/access/actor';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import { describeSchedule, parseDeadline, type Schedule } from '../../domain/schedule';
import type { OrganizationRow } from '../../db/repositories/organizations';
import type { PlanRow } from '../../db/repositories/plans';
import { taskFields, type OccurrenceRow, type TaskRow } from '../../db/repositories/tasks';
import type { PlanKind, PlanState } from '../../shared/plan-vocabulary';
import type { PlanContent } from '../../shared/schemas/plans';
import type { planDetailSchema, planSummarySchema, taskSchema } from '../../shared/schemas/plans-api';
import { placed } from '../commands/load-organization';
import { can } from '../policies';

type PlanSummary = z.infer<typeof planSummarySchema>;

export function presentPlanSummary(actor: Actor, plan: PlanRow, body: Pick<OrganizationRow, 'id' | 'code' | 'name' | 'path' | 'body_id'>, taskCount: number): PlanSummary {
  const where = placed(body as OrganizationRow);
  const state = plan.state as PlanState;
  return {
    id: plan.id,
    organization: { id: body.id, code: body.code, name: body.name },
    parentPlanId: plan.parent_plan_id,
    number: plan.number,
    symbol: plan.symbol,
    numberAndSymbol: formatPlanNumber(plan.number, plan.symbol),
    year: plan.year,
    kind: plan.kind as PlanKind,
    title: plan.title,
    state,
    version: plan.version,
    issuedOn: plan.issued_on,
    taskCount,
    updatedAt: plan.updated_at,
    can: {
      update: state !== 'submitted' && can(actor, 'plan.edit', where),
      submit: state === 'draft' && can(actor, 'plan.submit', where),
      approve: state === 'submitted' && can(actor, 'plan.approve', where),
      close: (state === 'issued' || state === 'closed') && can(actor, 'plan.close', where),
      // Bodies below the issuing body carry out an issued plan with plans of their own.
      createChild: (state === 'issued' || state === 'closed') && actor.grants.some((g) => g.bodyId !== body.id && g.bodyPath.startsWith(body.path) && ['coordinator', 'director'].includes(g.role)),
    },
  };
}

export function presentTask(task: TaskRow, occurrences: OccurrenceRow[], year: number): z.infer<typeof taskSchema> {
  const schedule = task.schedule_json ? (JSON.parse(task.schedule_json) as Schedule) : null;
  const reason = schedule ? null : task.deadline_text.trim() ? (() => { const p = parseDeadline(task.deadline_text, year); return p.understood ? null : p.reason; })() : 'Chưa có thời hạn.';
  return {
    ...taskFields(task),
    position: task.position,
    schedule: { understood: !!schedule, kind: schedule?.kind ?? null, description: schedule ? describeSchedule(schedule) : null, reason },
    occurrences: occurrences.map((o) => ({
      id: o.id,
      organizationId: o.organization_id,
      start: o.period_start ?? undefined,
      end: o.period_end ?? undefined,
      due: o.due ?? undefined,
      status: o.status,
      progress: o.progress,
      detached: !!o.detached_at,
    })),
    weight: task.weight,
    parentTaskId: task.parent_task_id,
  };
}

export type LinkedCitation = z.infer<typeof planDetailSchema>['citations'][number];

export function presentPlanDetail(
  actor: Actor,
  plan: PlanRow,
  body: OrganizationRow,
  tasks: TaskRow[],
  occurrences: OccurrenceRow[],
  citations: LinkedCitation[],
  names: Record<string, string>,
): z.infer<typeof planDetailSchema> {
  const byTask = new Map<string, OccurrenceRow[]>();
  for (const o of occurrences) byTask.set(o.task_id, [...(byTask.get(o.task_id) ?? []), o]);
  return {
    ...presentPlanSummary(actor, plan, body, tasks.length),
    previousPlanId: plan.previous_plan_id,
    superiorName: body.superior_name,
    placeName: plan.place_name,
    signingAuthority: plan.signing_authority,
    signerTitle: plan.signer_title,
    signerName: plan.signer_name,
    content: JSON.parse(plan.content_json) as PlanContent,
    citations,
    tasks: tasks.map((t) => presentTask(t, byTask.get(t.id) ?? [], plan.year)),
    names,
  };
}
