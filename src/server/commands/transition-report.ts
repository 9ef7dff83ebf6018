import { periodPhrase } from '../../domain/reports/periods';
import { moversTo, needsComment, reportMove } from '../../domain/reports/workflow';
import { nowIso } from '../../db/ids';
import { findReport, insertReportEvent, updateReport, type ReportRow } from '../../db/repositories/reports';
import { REPORT_STATE_LABELS_VI, type ReportPeriod, type ReportState } from '../../shared/report-vocabulary';
import { badRequest, conflict, forbidden } from '../errors';
import { can } from '../policies';
import { placed } from './load-organization';
import { notifyReportStep } from './notify-steps';
import { loadReport, MOVER_ACTION } from './report-access';
import { inTransaction, type CommandContext } from './transaction';

const SUMMARY: Record<string, string> = { approved: 'Phê duyệt', submitted: 'Gửi', returned: 'Trả lại' };

/**
 * Moves a report along draft → approved → submitted, or back to "returned" with a reason. The role is
 * checked before the state, so someone who could never approve hears 403 whatever the state; then a
 * move the state does not allow is 409; nothing changes on either.
 */
export async function transitionReport(ctx: CommandContext, id: string, to: ReportState, comment: string | undefined): Promise<ReportRow> {
  const reason = comment?.trim() || null;
  if (needsComment(to) && !reason) throw badRequest('COMMENT_REQUIRED', 'Cần ghi rõ lý do trả lại báo cáo.', [{ field: 'comment', message: 'Bắt buộc khi trả lại' }]);
  return inTransaction(ctx, async (tx) => {
    const { report, body } = await loadReport(tx.db, ctx.actor, id);
    const target = placed(body);
    if (!moversTo(to).some((by) => can(ctx.actor, MOVER_ACTION[by], target))) throw forbidden();
    const from = report.state as ReportState;
    const move = reportMove(from, to);
    if (!move) throw conflict('REPORT_TRANSITION_NOT_ALLOWED', `Báo cáo đang ở trạng thái "${REPORT_STATE_LABELS_VI[from]}": không chuyển sang "${REPORT_STATE_LABELS_VI[to]}" được.`, { state: from });
    if (!can(ctx.actor, MOVER_ACTION[move.by], target)) throw forbidden();
    const now = nowIso();
    const changes =
      to === 'approved'
        ? { approved_by: ctx.actor.userId, approved_at: now, return_comment: null }
        : to === 'submitted'
          ? { submitted_by: ctx.actor.userId, submitted_at: now }
          : { return_comment: reason, approved_by: null, approved_at: null };
    await updateReport(tx.db, id, { state: to, ...changes, updated_at: now });
    await insertReportEvent(tx.db, { report_id: id, at: now, actor_id: ctx.actor.userId, actor_name: ctx.audit.actor?.fullName ?? null, kind: 'transition', from_state: from, to_state: to, comment: reason });
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: `report.${to === 'approved' ? 'approve' : to === 'submitted' ? 'submit' : 'return'}`,
      entityType: 'report',
      entityId: id,
      summary: `${SUMMARY[to]} báo cáo ${periodPhrase(report.period as ReportPeriod, report.year, { from: report.from_date, to: report.to_date })} của ${body.name}${reason ? `: ${reason}` : ''}`,
      before: { state: from },
      after: { state: to, comment: reason },
    });
    await notifyReportStep(tx, ctx, to, report, body, reason);
    return (await findReport(tx.db, id))!;
  });
}
