import type { PlanDocumentData } from '../../documents/docx/plan-document';
import { assigneeNames } from '../../db/repositories/assignee-names';
import { listTasks } from '../../db/repositories/tasks';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import type { AssigneeRef, PlanContent } from '../../shared/schemas/plans';
import { loadPlan } from './load-plan';
import type { CommandContext } from './transaction';

const key = (ref: AssigneeRef) => `${ref.type}:${ref.id}`;

/** A plan as its document prints it, with every assignee named (a reader above the body cannot list its tree). */
export async function planDocumentData(ctx: CommandContext, id: string): Promise<{ data: PlanDocumentData; fileName: string }> {
  const { plan, body } = await loadPlan(ctx.db, ctx.actor, id, 'read');
  const tasks = await listTasks(ctx.db, id);
  const refs = tasks.flatMap((t) => [...(t.lead_json ? [JSON.parse(t.lead_json) as AssigneeRef] : []), ...(JSON.parse(t.coordinators_json) as AssigneeRef[])]);
  const names = await assigneeNames(ctx.db, refs);
  const nameOf = (ref: AssigneeRef) => names[key(ref)] ?? '';
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
    tasks: tasks.map((t) => ({
      number: t.number,
      title: t.title,
      lead: t.lead_json ? nameOf(JSON.parse(t.lead_json) as AssigneeRef) : null,
      coordinators: (JSON.parse(t.coordinators_json) as AssigneeRef[]).map(nameOf).filter(Boolean),
      deadline: t.deadline_text,
      output: t.output_text,
      note: t.note,
    })),
  };
  const numbered = plan.number === null ? `dự thảo ${plan.symbol}` : formatPlanNumber(plan.number, plan.symbol);
  return { data, fileName: `Kế hoạch ${numbered}` };
}
