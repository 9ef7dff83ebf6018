import { formatRank } from '../../domain/indices/rank';
import { aggregateReports, type BodyRef, type SubmittedReport } from '../../domain/reports/aggregate';
import { directChildBodies } from '../../domain/reports/children';
import { reportAsOf, type ReportRange } from '../../domain/reports/periods';
import type { CitizenSection, IndexLine, ReportSections } from '../../domain/reports/sections';
import { compileWork } from '../../domain/reports/work';
import { todayInVietnam } from '../../domain/calendar';
import type { Db } from '../../db/database';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { listIndexResults } from '../../db/repositories/index-results';
import { mediaCounts } from '../../db/repositories/media-counts';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { responseCountsByBody } from '../../db/repositories/survey-scale-totals';
import { listReportHeadsOfBodies, type ReportHead, type ReportKey } from '../../db/repositories/reports';
import { sentReportNumbers } from './sent-report-numbers';
import { loadWorkOfBody, workFactOf } from './counted-work';
import { countFeedback } from './feedback-counts';
import { procedureSectionOf } from './procedure-lists';
import { satisfactionFor } from './survey-satisfaction';
import { INDEX_KIND_LABELS_VI, INDEX_SCOPE_LABELS_VI, type IndexKind, type IndexScope } from '../../shared/index-vocabulary';

export const bodyRef = (o: BodyRef): BodyRef => ({ id: o.id, code: o.code, name: o.name });

/** The bodies directly under a body, whose reports it receives, in tree order. */
export async function childBodiesOf(db: Db, body: OrganizationRow) {
  return directChildBodies(body, await listMatrixOrganizations(db, body, 'bodies'));
}

/** The day a report was sent, in Vietnam: what "sent by the due day" compares. */
export const submittedOn = (report: Pick<ReportHead, 'submitted_at'>) => (report.submitted_at ? todayInVietnam(new Date(report.submitted_at)) : null);

async function indexLines(db: Db, body: OrganizationRow, year: number): Promise<IndexLine[]> {
  const rows = await listIndexResults(db, body.id, year, year);
  return rows.map((r) => ({
    kind: r.kind,
    scope: r.scope,
    label: `${INDEX_KIND_LABELS_VI[r.kind as IndexKind] ?? r.kind} (${(INDEX_SCOPE_LABELS_VI[r.scope as IndexScope] ?? r.scope).toLocaleLowerCase('vi')})`,
    value: r.value,
    rankText: formatRank(r.rank, r.rank_of),
    targetValue: r.target_value,
    targetRank: r.target_rank,
    source: r.source,
  }));
}

/**
 * Section IV: the body's own feedback received in the period, judged on the report's day, and its own
 * survey answers of the period (the bodies under it come through their reports, in the tổng hợp).
 */
async function citizenSection(db: Db, body: OrganizationRow, key: ReportRange, asOf: string): Promise<CitizenSection> {
  const feedback = await countFeedback(db, [body.id], { from: key.from, to: key.to, today: asOf });
  const satisfaction = await satisfactionFor(db, [body.id], { from: key.from, to: key.to });
  const responses = (await responseCountsByBody(db, [body.id], { from: key.from, to: key.to })).get(body.id) ?? 0;
  return { asOf, feedback, satisfaction: { responses, overall: satisfaction.overall, aspects: satisfaction.aspects } };
}

/** The tổng hợp of the bodies under this one: their reports for the same period that stand sent. */
async function aggregateOf(db: Db, body: OrganizationRow, key: ReportKey) {
  const children = await childBodiesOf(db, body);
  if (children.length === 0) return null;
  const byId = new Map(children.map((c) => [c.id, c]));
  const sent = (await listReportHeadsOfBodies(db, [...byId.keys()], key)).filter((r) => r.state === 'submitted');
  const numbers = await sentReportNumbers(db, sent);
  const reports: SubmittedReport[] = sent
    .sort((a, b) => byId.get(a.organization_id)!.path.localeCompare(byId.get(b.organization_id)!.path))
    .map((r) => ({
      organization: bodyRef(byId.get(r.organization_id)!),
      reportId: r.id,
      submittedAt: r.submitted_at!,
      submittedOn: submittedOn(r)!,
      dueOn: r.due_on,
      ...numbers.get(r.id)!,
    }));
  return aggregateReports(reports, children.map(bodyRef));
}

/** Everything a report compiles from the data (SPEC §2.10), read through the given connection. */
export async function gatherReportSections(db: Db, body: OrganizationRow, key: ReportKey & ReportRange, today: string): Promise<ReportSections> {
  const rows = await loadWorkOfBody(db, body.id, { from: key.from, to: key.to, year: key.year });
  const facts = rows.map(workFactOf);
  const asOf = reportAsOf(key, today);
  const work = compileWork(facts, asOf);
  const media = await mediaCounts(db, { bodyIds: [body.id], from: key.from, to: key.to });
  return {
    work,
    communication: { byChannel: media.channel.rows, byKind: media.kind.rows, total: media.channel.total },
    indices: await indexLines(db, body, key.year),
    procedures: await procedureSectionOf(db, body.id, asOf),
    citizens: await citizenSection(db, body, key, asOf),
    aggregate: await aggregateOf(db, body, key),
  };
}
