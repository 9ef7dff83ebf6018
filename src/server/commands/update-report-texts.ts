import type { ReportTexts } from '../../domain/reports/sections';
import { isEditable } from '../../domain/reports/workflow';
import { nowIso } from '../../db/ids';
import { findReport, insertReportEvent, updateReport, type ReportRow } from '../../db/repositories/reports';
import { REPORT_TEXT_KEYS, REPORT_TEXT_LABELS_VI, type ReportState } from '../../shared/report-vocabulary';
import type { ReportTextsInput } from '../../shared/schemas/reports';
import { conflict, forbidden } from '../errors';
import { can } from '../policies';
import { placed } from './load-organization';
import { loadReport } from './report-access';
import { inTransaction, type CommandContext } from './transaction';

/** An empty text is no text: the document then leaves the section out rather than print a blank. */
const clean = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());

/** The coordinator's (or director's) texts of a report the body still holds: a draft, or one sent back. */
export async function updateReportTexts(ctx: CommandContext, id: string, input: ReportTextsInput): Promise<ReportRow> {
  return inTransaction(ctx, async (tx) => {
    const { report, body } = await loadReport(tx.db, ctx.actor, id);
    if (!can(ctx.actor, 'report.compile', placed(body))) throw forbidden('Chỉ đầu mối cải cách hành chính hoặc lãnh đạo đơn vị mới sửa được nội dung báo cáo.');
    if (!isEditable(report.state as ReportState)) throw conflict('REPORT_LOCKED', 'Báo cáo đã được phê duyệt hoặc đã gửi: không sửa được nội dung.', { state: report.state });
    const before = JSON.parse(report.texts_json) as ReportTexts;
    const after: ReportTexts = { ...before };
    for (const key of REPORT_TEXT_KEYS) if (input[key] !== undefined) after[key] = clean(input[key]);
    const changed = REPORT_TEXT_KEYS.filter((k) => before[k] !== after[k]);
    if (changed.length === 0) return report;
    const now = nowIso();
    await updateReport(tx.db, id, { texts_json: JSON.stringify(after), updated_at: now });
    await insertReportEvent(tx.db, { report_id: id, at: now, actor_id: ctx.actor.userId, actor_name: ctx.audit.actor?.fullName ?? null, kind: 'edit', from_state: report.state, to_state: report.state, comment: null });
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: 'report.edit',
      entityType: 'report',
      entityId: id,
      summary: `Sửa nội dung báo cáo: ${changed.map((k) => REPORT_TEXT_LABELS_VI[k].toLocaleLowerCase('vi')).join(', ')}`,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return (await findReport(tx.db, id))!;
  });
}
