import { reportDueOn } from '../../domain/reports/periods';
import { listReportHeadsOfBodies } from '../../db/repositories/reports';
import type { ReportPeriod, ReportState } from '../../shared/report-vocabulary';
import { badRequest } from '../errors';
import { resolvePeriod } from './compile-report';
import { reportingBody } from './report-access';
import { bodyRef, childBodiesOf, submittedOn } from './report-sections';
import type { CommandContext } from './transaction';

/**
 * Who under the caller's body has sent its report for a period, and who has not (SPEC §2.10): one
 * item per body directly below, with whether its report stands sent and whether it came by the due day.
 */
export async function listChildReports(ctx: CommandContext, query: { period?: ReportPeriod; year?: number; from?: string; to?: string }) {
  if (!query.period || query.year === undefined) {
    throw badRequest('PERIOD_REQUIRED', 'Cần chọn kỳ báo cáo (period) và năm (year) để xem các đơn vị đã gửi báo cáo.', [{ field: query.period ? 'year' : 'period', message: 'Bắt buộc' }]);
  }
  const key = resolvePeriod({ period: query.period, year: query.year, from: query.from, to: query.to });
  const body = await reportingBody(ctx.db, ctx.actor, 'report.compile');
  const children = await childBodiesOf(ctx.db, body);
  const reports = new Map((await listReportHeadsOfBodies(ctx.db, children.map((c) => c.id), key)).map((r) => [r.organization_id, r]));
  const dueOn = reportDueOn(key);
  return {
    ...key,
    dueOn,
    items: children.map((child) => {
      const report = reports.get(child.id);
      const submitted = report?.state === 'submitted';
      const sentOn = submitted ? submittedOn(report) : null;
      return {
        organization: bodyRef(child),
        submitted,
        // A body's draft is its own business: the parent learns of a report once it is sent.
        reportId: report && report.submitted_at !== null ? report.id : null,
        state: report && report.submitted_at !== null ? (report.state as ReportState) : null,
        submittedAt: submitted ? report.submitted_at : null,
        onTime: sentOn === null ? null : sentOn <= report!.due_on,
      };
    }),
  };
}
