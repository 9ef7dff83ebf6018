/**
 * The workflow steps as notifications: each command calls one of these, inside its transaction, with
 * what it has just loaded and written. They only describe the step; `notify` decides who hears of it.
 */
import type { Assignee, ProcedureRef, WorkflowEvent } from '../../domain/notifications/workflow-events';
import { formatPlanNumber, type PlanTransition } from '../../domain/plans/lifecycle';
import { periodPhrase } from '../../domain/reports/periods';
import type { Db } from '../../db/database';
import { listGroups, resolveGroupMembers } from '../../db/repositories/groups';
import type { MediaItemInContext } from '../../db/repositories/media-items';
import type { OccurrenceInContext } from '../../db/repositories/occurrences';
import { findOrganizationsByIds, type OrganizationRow } from '../../db/repositories/organizations';
import type { PlanRow } from '../../db/repositories/plans';
import type { ReportRow } from '../../db/repositories/reports';
import { lastPlanSubmitter, listPlanWork } from '../../db/repositories/workflow-recipients';
import { CHANNEL_KIND_LABELS_VI, type ChannelKind } from '../../shared/media-vocabulary';
import type { ReportPeriod, ReportState } from '../../shared/report-vocabulary';
import type { AssigneeRef } from '../../shared/schemas/plans';
import { notify } from './notify';
import type { CommandContext, Tx } from './transaction';

const actorOf = (ctx: CommandContext) => ({ userId: ctx.actor.userId, name: ctx.audit.actor?.fullName ?? null });

/** The departments and bodies an issued plan gives work to: every lead with work, and every coordinator named or in a named group. */
async function planAssignees(db: Db, plan: PlanRow): Promise<Assignee[]> {
  const work = await listPlanWork(db, plan.id);
  const refs = work.coordinatorsJson.flatMap((json) => JSON.parse(json) as AssigneeRef[]);
  const groupIds = new Set(refs.filter((r) => r.type === 'group').map((r) => r.id));
  const groups = groupIds.size ? (await listGroups(db, [plan.organization_id])).filter((g) => groupIds.has(g.id)) : [];
  const groupMembers = (await Promise.all(groups.map((g) => resolveGroupMembers(db, g)))).flat().map((m) => m.id);
  const ids = [...new Set([...work.organizationIds, ...refs.filter((r) => r.type === 'organization').map((r) => r.id), ...groupMembers])];
  const organizations = await findOrganizationsByIds(db, ids);
  return organizations.filter((o) => !o.retired_at).map((o) => ({ organizationId: o.id, name: o.name, isBody: o.body_id === o.id }));
}

export async function notifyPlanStep(tx: Tx, ctx: CommandContext, step: PlanTransition, plan: PlanRow, body: OrganizationRow, comment?: string): Promise<void> {
  const ref = { id: plan.id, title: plan.title, bodyId: body.id, bodyName: body.name, numberAndSymbol: plan.number === null ? null : formatPlanNumber(plan.number, plan.symbol) };
  const base = { actor: actorOf(ctx), plan: ref, comment };
  let event: WorkflowEvent;
  if (step === 'submit') event = { kind: 'plan.submitted', ...base };
  else if (step === 'return') event = { kind: 'plan.returned', ...base, drafters: [plan.created_by, await lastPlanSubmitter(tx.db, plan.id)].filter((id): id is string => !!id) };
  else if (step === 'issue') event = { kind: 'plan.issued', ...base, assignees: await planAssignees(tx.db, plan) };
  else return;
  await notify(tx, event);
}

export async function notifyOccurrenceStep(tx: Tx, ctx: CommandContext, kind: 'submitted' | 'accepted' | 'returned' | 'commented', o: OccurrenceInContext, comment?: string | null): Promise<void> {
  await notify(tx, {
    kind: `occurrence.${kind}`,
    actor: actorOf(ctx),
    comment,
    occurrence: { id: o.id, taskId: o.task_id, taskTitle: o.task_title, organizationId: o.organization_id, organizationName: o.org_name, isBody: o.organization_id === o.org_body_id, reviewBodyId: o.plan_body_id, due: o.due },
  });
}

export async function notifyMediaStep(tx: Tx, ctx: CommandContext, to: string, item: MediaItemInContext, options: { comment?: string; channel?: ChannelKind }): Promise<void> {
  const ref = { id: item.id, title: item.title, bodyId: item.organization_id, unitId: item.unit_id, proposerId: item.created_by };
  const base = { actor: actorOf(ctx), item: ref, comment: options.comment };
  if (to === 'published' && options.channel) await notify(tx, { kind: 'media.published', ...base, channel: CHANNEL_KIND_LABELS_VI[options.channel] });
  else if (to === 'submitted' || to === 'approved' || to === 'returned') await notify(tx, { kind: `media.${to}`, ...base });
}

export async function notifyReportStep(tx: Tx, ctx: CommandContext, to: ReportState, report: ReportRow, body: OrganizationRow, comment: string | null): Promise<void> {
  if (to === 'draft') return;
  const phrase = periodPhrase(report.period as ReportPeriod, report.year, { from: report.from_date, to: report.to_date });
  await notify(tx, { kind: `report.${to}`, actor: actorOf(ctx), comment, report: { id: report.id, phrase, bodyId: body.id, bodyName: body.name, parentId: report.parent_id } });
}

/** Tells a body's editors and coordinators which procedures, posted as they stood, have changed since. */
export async function notifyProceduresStale(tx: Tx, ctx: CommandContext, bodyId: string, procedures: readonly ProcedureRef[]): Promise<void> {
  if (procedures.length > 0) await notify(tx, { kind: 'procedure.stale', actor: actorOf(ctx), bodyId, procedures });
}
