import { todayInVietnam } from '../../domain/calendar';
import { reportDueOn, reportRange, reportSymbol, reportTitle } from '../../domain/reports/periods';
import { emptyTexts } from '../../domain/reports/sections';
import { isEditable } from '../../domain/reports/workflow';
import { newId, nowIso } from '../../db/ids';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { findReport, findReportFor, insertReport, insertReportEvent, lastReportEvent, moveReportEvent, updateReport, type ReportRow } from '../../db/repositories/reports';
import { REPORT_STATE_LABELS_VI, type ReportState } from '../../shared/report-vocabulary';
import type { CreateReportInput } from '../../shared/schemas/reports';
import { badRequest, conflict } from '../errors';
import { parentBodyOf, reportingBody } from './report-access';
import { gatherReportSections } from './report-sections';
import { inTransaction, type CommandContext } from './transaction';

/** The period asked for as days, or a 400 naming each wrong field in Vietnamese (nothing is written). */
export function resolvePeriod(input: Pick<CreateReportInput, 'period' | 'year' | 'from' | 'to'>) {
  const resolved = reportRange(input);
  if (!resolved.range) throw badRequest('INVALID_REPORT_PERIOD', `Kỳ báo cáo không hợp lệ: ${resolved.problems.map((p) => p.message).join(' ')}`, resolved.problems);
  return { period: input.period, year: input.year, ...resolved.range };
}

/**
 * Compiles the caller's body's report for a period from the data (SPEC §2.10): a new draft, or the
 * same draft (or returned report) recompiled with today's numbers, keeping its texts. A report already
 * approved or sent is what the director signed: recompiling it is refused with 409.
 */
export async function compileReport(ctx: CommandContext, input: CreateReportInput): Promise<{ report: ReportRow; body: OrganizationRow; created: boolean }> {
  const key = resolvePeriod(input);
  return inTransaction(ctx, async (tx) => {
    const body = await reportingBody(tx.db, ctx.actor, 'report.compile');
    const existing = await findReportFor(tx.db, body.id, key);
    if (existing && !isEditable(existing.state as ReportState)) {
      throw conflict('REPORT_LOCKED', `Báo cáo kỳ này đã ở trạng thái "${REPORT_STATE_LABELS_VI[existing.state as ReportState]}": không tổng hợp lại được. Muốn sửa, lãnh đạo đơn vị (hoặc đơn vị nhận báo cáo) cần trả lại báo cáo.`, { reportId: existing.id, state: existing.state });
    }
    const sections = await gatherReportSections(tx.db, body, key, todayInVietnam(new Date()));
    const parent = await parentBodyOf(tx.db, body);
    const now = nowIso();
    const compiled = { sections_json: JSON.stringify(sections), parent_id: parent?.id ?? null, due_on: reportDueOn(key), compiled_at: now, updated_at: now };
    const id = existing?.id ?? newId();
    if (existing) await updateReport(tx.db, id, compiled);
    else {
      await insertReport(tx.db, {
        id,
        organization_id: body.id,
        period: key.period,
        year: key.year,
        from_date: key.from,
        to_date: key.to,
        state: 'draft',
        texts_json: JSON.stringify(emptyTexts()),
        number: null,
        symbol: reportSymbol(body.document_code ?? body.code),
        approved_by: null,
        approved_at: null,
        submitted_by: null,
        submitted_at: null,
        return_comment: null,
        created_by: ctx.actor.userId,
        created_at: now,
        ...compiled,
      });
    }
    const state = existing?.state ?? 'draft';
    // The history is for people: the same person compiling again and again (to see today's numbers) is
    // one step, at its latest time. Every compile stays in the audit log with the totals before and after.
    const last = existing ? await lastReportEvent(tx.db, id) : undefined;
    if (last?.kind === 'compile' && last.actor_id === ctx.actor.userId) await moveReportEvent(tx.db, last.id, now);
    else await insertReportEvent(tx.db, { report_id: id, at: now, actor_id: ctx.actor.userId, actor_name: ctx.audit.actor?.fullName ?? null, kind: 'compile', from_state: existing?.state ?? null, to_state: state, comment: null });
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: 'report.compile',
      entityType: 'report',
      entityId: id,
      summary: `${existing ? 'Tổng hợp lại' : 'Lập dự thảo'} báo cáo ${reportTitle(key.period, key.year, key).replace(/^Kết quả/, 'kết quả')}`,
      before: existing ? { totals: (JSON.parse(existing.sections_json) as typeof sections).work.totals } : undefined,
      after: { period: key.period, year: key.year, from: key.from, to: key.to, totals: sections.work.totals, aggregatedBodies: sections.aggregate?.bodies.length ?? null },
    });
    return { report: (await findReport(tx.db, id))!, body, created: !existing };
  });
}
