import { todayInVietnam, type OccurrenceStatus } from '../../domain/calendar';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import { formatDateVi } from '../../domain/schedule';
import { listOccurrences, type OccurrenceInContext } from '../../db/repositories/occurrences';
import { findOrganizationsByIds } from '../../db/repositories/organizations';
import { findPlan } from '../../db/repositories/plans';
import { writeOccurrenceWorkbook, type WorkbookOccurrence } from '../../documents/xlsx/occurrence-workbook';
import { MAX_WORKBOOK_ROWS } from '../../documents/xlsx/workbook-layout';
import { rootsFor } from '../policies';
import { myOrganizations } from './occurrence-access';
import type { CommandContext } from './transaction';

const PAGE = 500;

/** The caller's open work (not yet accepted, still in its plan) as the workbook they fill in. */
export async function loadOccurrenceWorkbook(ctx: CommandContext): Promise<{ bytes: Buffer; fileName: string }> {
  const organizationIds = myOrganizations(ctx.actor);
  const open = await openOccurrences(ctx, organizationIds);
  const planLabels = await labelPlans(ctx, [...new Set(open.map((o) => o.plan_id))]);
  const occurrences: WorkbookOccurrence[] = open
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.task_title.localeCompare(b.task_title, 'vi'))
    .map((o) => ({
      id: o.id,
      taskTitle: o.task_title,
      planLabel: planLabels.get(o.plan_id) ?? '',
      start: o.period_start,
      end: o.period_end,
      due: o.due,
      status: o.status as OccurrenceStatus,
      progress: o.progress,
      note: o.note,
    }));
  const organizations = await findOrganizationsByIds(ctx.db, organizationIds);
  const today = todayInVietnam(new Date());
  const bytes = await writeOccurrenceWorkbook({ organizationNames: organizations.map((o) => o.name).sort((a, b) => a.localeCompare(b, 'vi')), today, occurrences });
  const codes = organizations.map((o) => o.code).sort().join('-');
  const day = formatDateVi(today).replaceAll('/', '-');
  return { bytes, fileName: `Cập nhật kết quả ${codes} ${day}.xlsx` };
}

/** Read page by page; a workbook holds at most what an upload may carry back. */
async function openOccurrences(ctx: CommandContext, organizationIds: string[]): Promise<OccurrenceInContext[]> {
  const found: OccurrenceInContext[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await listOccurrences(ctx.db, { roots: rootsFor(ctx.actor, 'plan.read'), organizationIds, limit: PAGE, cursor });
    const page = rows.slice(0, PAGE);
    found.push(...page.filter((o) => o.status !== 'done'));
    if (rows.length <= PAGE || found.length >= MAX_WORKBOOK_ROWS) return found.slice(0, MAX_WORKBOOK_ROWS);
    cursor = page[page.length - 1]!.id;
  }
}

async function labelPlans(ctx: CommandContext, planIds: string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const id of planIds) {
    const plan = await findPlan(ctx.db, id);
    if (plan) labels.set(id, plan.number === null ? plan.title : `${plan.title} (${formatPlanNumber(plan.number, plan.symbol)})`);
  }
  return labels;
}
