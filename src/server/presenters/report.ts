import type { Actor } from '../../domain/access/actor';
import { reportTitle } from '../../domain/reports/periods';
import type { ReportSections, ReportTexts } from '../../domain/reports/sections';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import type { ReportEventRow, ReportRow } from '../../db/repositories/reports';
import { BLANK } from '../../domain/documents/date-line';
import type { ReportPeriod, ReportState } from '../../shared/report-vocabulary';
import type { ReportDto } from '../../shared/schemas/reports';
import { reportAbilities } from '../commands/report-access';

type BodyLike = { id: string; code: string; name: string };

const ref = (o: BodyLike) => ({ id: o.id, code: o.code, name: o.name });

/** The list shape: what a report is, without its numbers. */
export function presentReportSummary(report: ReportRow, body: BodyLike, parent: BodyLike | null) {
  const period = report.period as ReportPeriod;
  const numbered = formatPlanNumber(report.number, report.symbol);
  return {
    id: report.id,
    period,
    year: report.year,
    from: report.from_date,
    to: report.to_date,
    state: report.state as ReportState,
    title: reportTitle(period, report.year, { from: report.from_date, to: report.to_date }),
    organization: ref(body),
    parent: parent ? ref(parent) : null,
    dueOn: report.due_on,
    numberAndSymbol: report.number === null ? `${BLANK}${numbered}` : numbered,
    compiledAt: report.compiled_at,
    approvedAt: report.approved_at,
    submittedAt: report.submitted_at,
    returnComment: report.return_comment,
    updatedAt: report.updated_at,
  };
}

/** A report whole: its numbers, texts, history and what the caller may do with it. */
export function presentReport(actor: Actor, report: ReportRow, body: BodyLike & { path: string; body_id: string }, parent: BodyLike | null, events: ReportEventRow[]): ReportDto {
  return {
    ...presentReportSummary(report, body, parent),
    sections: JSON.parse(report.sections_json) as ReportSections,
    texts: JSON.parse(report.texts_json) as ReportTexts,
    history: events.map((e) => ({ at: e.at, actor: e.actor_name, kind: e.kind, from: e.from_state, to: e.to_state, comment: e.comment })),
    can: reportAbilities(actor, report, body),
  };
}
