import type { PlanDocumentData } from '../../documents/docx/plan-document';
import type { Db } from '../../db/database';
import { assigneeNames } from '../../db/repositories/assignee-names';
import { listTasks, type TaskRow } from '../../db/repositories/tasks';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import type { AssigneeRef, PlanContent } from '../../shared/schemas/plans';
import { loadPlan } from './load-plan';
import type { CommandContext } from './transaction';

const key = (ref: AssigneeRef) => `${ref.type}:${ref.id}`;

/** Each task with its lead and coordinators named (a reader above the body cannot list its tree). */
export async function tasksWithNames(db: Db, tasks: readonly TaskRow[]) {
  const parsed = tasks.map((t) => ({ task: t, lead: t.lead_json ? (JSON.parse(t.lead_json) as AssigneeRef) : null, coordinators: JSON.parse(t.coordinators_json) as AssigneeRef[] }));
  const names = await assigneeNames(db, parsed.flatMap((p) => [...(p.lead ? [p.lead] : []), ...p.coordinators]));
  const nameOf = (ref: AssigneeRef) => names[key(ref)] ?? '';
  return parsed.map((p) => ({ ...p.task, leadName: p.lead ? nameOf(p.lead) : null, coordinatorNames: p.coordinators.map(nameOf).filter(Boolean) }));
}

/** The plan's name in file names: "Kế hoạch 06-KH-SYT", or "Kế hoạch dự thảo KH-BVSN" before it has a number. */
export const planFileName = (plan: { number: number | null; symbol: string }) => `Kế hoạch ${plan.number === null ? `dự thảo ${plan.symbol}` : formatPlanNumber(plan.number, plan.symbol)}`;

/** A plan as its document prints it. */
export async function planDocumentData(ctx: CommandContext, id: string): Promise<{ data: PlanDocumentData; fileName: string }> {
  const { plan, body } = await loadPlan(ctx.db, ctx.actor, id, 'read');
  const tasks = await tasksWithNames(ctx.db, await listTasks(ctx.db, id));
  const data: PlanDocumentData = {
    superiorName: body.superior_name,
    issuerName: body.name,
    number: plan.number,
    symbol: plan.symbol,
    placeName: plan.place_name,
    issuedOn: plan.issued_on,
    year: plan.year,
    title: plan.title,
    content: JSON.parse(plan.content_json) as PlanContent,
    signingAuthority: plan.signing_authority,
    signerTitle: plan.signer_title,
    signerName: plan.signer_name,
    tasks: tasks.map((t) => ({ number: t.number, title: t.title, lead: t.leadName, coordinators: t.coordinatorNames, deadline: t.deadline_text, output: t.output_text, note: t.note })),
  };
  return { data, fileName: planFileName(plan) };
}
