import { daysLate, latenessOf, todayInVietnam, type OccurrenceStatus } from '../../domain/calendar';
import { draftingOfficeFromRecipients } from '../../domain/documents/list-punctuation';
import { formatDateVi } from '../../domain/schedule';
import { newId } from '../../db/ids';
import { listOccurrences, type OccurrenceInContext } from '../../db/repositories/occurrences';
import { findOrganization, listOrganizations, type OrganizationRow } from '../../db/repositories/organizations';
import { listPlans, type PlanRow } from '../../db/repositories/plans';
import { listUsers } from '../../db/repositories/users';
import { reminderNoticeBuffer, type LateWork, type ReminderNoticeData } from '../../documents/docx/reminder-notice';
import { OCCURRENCE_STATUS_LABELS_VI } from '../../shared/occurrence-statuses';
import type { PlanContent } from '../../shared/schemas/plans';
import type { ReminderNoticeQuery } from '../../shared/schemas/reminder-notices';
import { conflict, forbidden } from '../errors';
import { authorize } from '../policies';
import { ACTIONS } from '../policies/rules';
import { loadPlan, planNotFound } from './load-plan';
import { placed } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';

const PAGE = 500;
/** Five working days to finish and report: the usual term of a reminder in the seeds' bodies. */
const REPORT_WITHIN_WORKING_DAYS = 5;

const issuingRoles: readonly string[] = ACTIONS['reminder_notice.issue'];

/** The body whose late work is chased: the plan's body, or the body where the caller coordinates. */
async function bodyAndPlans(ctx: CommandContext, planId: string | undefined): Promise<{ body: OrganizationRow; plans: PlanRow[] }> {
  if (planId) {
    const { plan, body } = await loadPlan(ctx.db, ctx.actor, planId, 'reminder_notice.issue');
    if (plan.state !== 'issued') throw conflict('PLAN_NOT_ISSUED', 'Kế hoạch chưa ban hành hoặc đã kết thúc: không lập văn bản đôn đốc.');
    return { body, plans: [plan] };
  }
  const grant = ctx.actor.grants.find((g) => issuingRoles.includes(g.role));
  if (!grant) throw forbidden('Chỉ đầu mối CCHC hoặc lãnh đạo đơn vị mới lập được văn bản đôn đốc.');
  const body = await findOrganization(ctx.db, grant.bodyId);
  if (!body) throw planNotFound();
  authorize(ctx.actor, 'reminder_notice.issue', placed(body), planNotFound());
  const plans = await listPlans(ctx.db, { roots: [body.path], ancestorBodyIds: [], organizationId: body.id, state: 'issued', limit: 1000 });
  return { body, plans };
}

/** Every occurrence of these plans due before `asOf`, read page by page. */
async function dueBefore(ctx: CommandContext, body: OrganizationRow, plans: PlanRow[], asOf: string): Promise<OccurrenceInContext[]> {
  const planIds = new Set(plans.map((p) => p.id));
  const rows: OccurrenceInContext[] = [];
  for (const planId of planIds) {
    let cursor: string | undefined;
    for (;;) {
      const page = await listOccurrences(ctx.db, { roots: [body.path], planId, dueBefore: asOf, limit: PAGE, cursor });
      rows.push(...page.slice(0, PAGE));
      if (page.length <= PAGE) break;
      cursor = page[PAGE - 1]!.id;
    }
  }
  return rows;
}

const lateness = (o: OccurrenceInContext) => ({ due: o.due, status: o.status as OccurrenceStatus, submittedOn: o.submitted_on, completedOn: o.completed_on });

/** The signer: the body's director by name when there is exactly one, else a name left to write by hand. */
export async function signatureFor(ctx: CommandContext, body: OrganizationRow, signer: ReminderNoticeQuery['signer']): Promise<ReminderNoticeData['signature']> {
  if (signer === 'deputy') return { authority: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: null };
  const directors = await listUsers(ctx.db, { roots: [body.path], organizationId: body.id, role: 'director', limit: 2 });
  return { authority: 'GIÁM ĐỐC', signerTitle: null, signerName: directors.length === 1 ? directors[0]!.full_name : null };
}

/** The office named in the cited plans' "Lưu: VT, …" line, looked up among the body's units for its name. */
export async function draftingOffice(ctx: CommandContext, body: OrganizationRow, plans: PlanRow[]): Promise<ReminderNoticeData['draftingOffice']> {
  const code = plans.map((p) => draftingOfficeFromRecipients((JSON.parse(p.content_json) as PlanContent).recipients)).find((c) => c !== null);
  if (!code) return null;
  const units = await listOrganizations(ctx.db, { roots: [body.path], bodyIds: [body.id], limit: 1000 });
  const unit = units.find((u) => u.code.toUpperCase() === code.toUpperCase() && u.id !== body.id);
  return { code, name: unit?.name ?? `Phòng ${code}` };
}

export type IssuedReminderNotice = { bytes: Buffer; fileName: string };

/**
 * The văn bản đôn đốc of a body (SPEC §2.5): its issued plans' work still open past its due date,
 * grouped by the department responsible, as a DOCX; the issue is written to the audit log.
 */
export async function issueReminderNotice(ctx: CommandContext, query: ReminderNoticeQuery): Promise<IssuedReminderNotice> {
  const asOf = query.asOf ?? todayInVietnam(new Date());
  const { body, plans } = await bodyAndPlans(ctx, query.planId);
  const overdue = (await dueBefore(ctx, body, plans, asOf)).filter((o) => latenessOf(lateness(o), asOf) === 'overdue');
  if (overdue.length === 0) {
    throw conflict('NOTHING_LATE', `Không có nhiệm vụ nào quá hạn cần đôn đốc tính đến ngày ${formatDateVi(asOf)} trong các kế hoạch đã ban hành.`);
  }
  const planById = new Map(plans.map((p) => [p.id, p]));
  const groups = new Map<string, OccurrenceInContext[]>();
  for (const o of overdue) groups.set(o.organization_id, [...(groups.get(o.organization_id) ?? []), o]);
  const departments = [...groups.values()]
    .sort((a, b) => a[0]!.org_path.localeCompare(b[0]!.org_path))
    .map((items) => ({
      id: items[0]!.organization_id,
      name: items[0]!.org_name,
      items: items
        .sort((a, b) => a.due!.localeCompare(b.due!) || a.task_title.localeCompare(b.task_title, 'vi'))
        .map((o): LateWork & { id: string } => {
          const plan = planById.get(o.plan_id)!;
          return {
            id: o.id,
            task: o.task_title,
            plan: { number: plan.number, symbol: plan.symbol },
            periodStart: o.period_start,
            periodEnd: o.period_end,
            due: o.due!,
            daysLate: daysLate(lateness(o), asOf),
            statusLabel: OCCURRENCE_STATUS_LABELS_VI[o.status as OccurrenceStatus],
            progress: o.progress,
          };
        }),
    }));
  const cited = plans.filter((p) => overdue.some((o) => o.plan_id === p.id)).sort((a, b) => (a.issued_on ?? '').localeCompare(b.issued_on ?? ''));
  const data: ReminderNoticeData = {
    issuer: { superiorName: body.superior_name, name: body.name, documentCode: body.document_code ?? body.code, placeName: body.place_name },
    draftingOffice: await draftingOffice(ctx, body, cited),
    asOf,
    date: null,
    plans: cited.map((p) => ({ number: p.number, symbol: p.symbol, issuedOn: p.issued_on, title: p.title, issuerName: body.name })),
    departments,
    reportWithinWorkingDays: REPORT_WITHIN_WORKING_DAYS,
    signature: await signatureFor(ctx, body, query.signer),
  };
  const bytes = await reminderNoticeBuffer(data);
  await recordIssue(ctx, body, query, asOf, departments);
  const code = data.issuer.documentCode;
  return { bytes, fileName: `Văn bản đôn đốc ${code} ${asOf}.docx` };
}

async function recordIssue(ctx: CommandContext, body: OrganizationRow, query: ReminderNoticeQuery, asOf: string, departments: { id: string; name: string; items: { id: string }[] }[]) {
  const count = departments.reduce((n, d) => n + d.items.length, 0);
  await inTransaction(ctx, (tx) =>
    tx.audit({
      organization: { id: body.id, path: body.path },
      action: 'reminder_notice.issue',
      entityType: 'reminder_notice',
      entityId: newId(),
      summary: `Lập văn bản đôn đốc ${count} nhiệm vụ quá hạn của ${departments.length} đơn vị (tính đến ngày ${formatDateVi(asOf)})`,
      after: { planId: query.planId ?? null, asOf, signer: query.signer, departments: departments.map((d) => ({ id: d.id, name: d.name, occurrenceIds: d.items.map((i) => i.id) })) },
    }),
  );
}

