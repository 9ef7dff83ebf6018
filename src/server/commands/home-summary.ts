import { grantsWith } from '../../domain/access/actor';
import { todayInVietnam } from '../../domain/calendar';
import { tallyWork } from '../../domain/occurrences/standing';
import { countLate, dueWithin, lateByOrganization, progressByArea } from '../../domain/occurrences/work-summary';
import { reportDueOn, reportRange } from '../../domain/reports/periods';
import type { Db } from '../../db/database';
import { countAwaitingReview, countItemsAwaitingApproval, countPlansAwaitingApproval, countReturned, listYearReports } from '../../db/repositories/home';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { findOrganization, findOrganizationsByIds } from '../../db/repositories/organizations';
import { REFORM_AREA_LABELS_VI } from '../../shared/plan-vocabulary';
import { REPORT_PERIOD_LABELS_VI, type ReportPeriod } from '../../shared/report-vocabulary';
import type { HomeDto } from '../../shared/schemas/home';
import { ACTIONS, type Action } from '../policies/rules';
import { loadWorkOfBodies, yearRange, type CountedOccurrence } from './counted-work';
import { myOrganizations } from './occurrence-access';
import { scoringDuties } from './scoring-duties';
import type { CommandContext } from './transaction';

const WEEK = 7;
const PERIODS: ReportPeriod[] = ['Q1', 'H1', '9M', 'Y'];

/** The bodies where the person holds a role that may do this. */
const bodiesWhere = (ctx: CommandContext, action: Action): string[] => [...new Set(grantsWith(ctx.actor, ACTIONS[action]).map((g) => g.bodyId))];

type ReportRow = Awaited<ReturnType<typeof listYearReports>>[number];

/** The year's reporting periods with the body's report for each, the ones already due first-to-last. */
function reportLines(reports: readonly ReportRow[], bodyId: string, year: number) {
  return PERIODS.map((period) => {
    const range = reportRange({ period, year }).range!;
    const report = reports.find((r) => r.organization_id === bodyId && r.period === period);
    return { period, label: REPORT_PERIOD_LABELS_VI[period], dueOn: reportDueOn(range), reportId: report?.id ?? null, state: report?.state ?? null, submittedAt: report?.submitted_at ?? null };
  });
}

/**
 * What the home page shows a person this morning (SPEC §2.5, §2.13): their own work due this week,
 * late, returned, waiting for their review or approval; the body's year by reform area for those who
 * follow it; a department of health's bodies ranked by late work. Every count comes from the counted
 * work (counted-work.ts) and its standing, so it matches the follow-up, the board and the reports.
 */
export async function homeSummary(ctx: CommandContext, year: number): Promise<HomeDto> {
  const today = todayInVietnam(new Date());
  const following = bodiesWhere(ctx, 'progress.follow')[0] ?? null;
  const followed = following ? await findOrganization(ctx.db, following) : undefined;
  const children = followed ? await listMatrixOrganizations(ctx.db, followed, 'bodies') : [];
  const mineIds = myOrganizations(ctx.actor);
  const ownBodies = [...new Set(ctx.actor.grants.map((g) => g.bodyId))];
  const work = await loadWorkOfBodies(ctx.db, [...new Set([...ownBodies, ...children.map((c) => c.id)])], yearRange(year));
  const mine = ownBodies.flatMap((b) => work.get(b) ?? []).filter((o) => mineIds.includes(o.organizationId));
  const reviewing = bodiesWhere(ctx, 'occurrence.review');
  const approving = bodiesWhere(ctx, 'plan.approve');
  const itemApproving = bodiesWhere(ctx, 'media.approve');
  const reports = await listYearReports(ctx.db, [...(followed ? [followed.id] : []), ...children.map((c) => c.id)], year);

  return {
    today,
    year,
    mine: {
      dueThisWeek: dueWithin(mine, today, WEEK),
      late: countLate(mine, today),
      returned: await countReturned(ctx.db, mineIds),
      undated: mine.filter((o) => o.due === null).length,
      toReview: reviewing.length ? await countAwaitingReview(ctx.db, reviewing) : null,
      plansToApprove: approving.length ? await countPlansAwaitingApproval(ctx.db, approving) : null,
      itemsToApprove: itemApproving.length ? await countItemsAwaitingApproval(ctx.db, itemApproving) : null,
    },
    body: followed ? await bodySummary(ctx.db, followed, work.get(followed.id) ?? [], reports, year, today) : null,
    bodies: children.length
      ? children
          .map((c) => {
            const lines = reportLines(reports, c.id, year).filter((l) => l.dueOn < today);
            const tally = tallyWork(work.get(c.id) ?? [], today);
            return { id: c.id, code: c.code, name: c.name, tally, reportsSent: lines.filter((l) => l.state === 'submitted').length, reportsDue: lines.length, lastReport: lines[lines.length - 1] ?? null };
          })
          .sort((a, b) => b.tally.late - a.tally.late || a.reportsSent - a.reportsDue - (b.reportsSent - b.reportsDue) || a.name.localeCompare(b.name, 'vi'))
      : null,
    scoring: await scoringDuties(ctx, today),
  };
}

async function bodySummary(db: Db, body: { id: string; name: string }, items: CountedOccurrence[], reports: readonly ReportRow[], year: number, today: string) {
  const late = lateByOrganization(items, today).slice(0, 8);
  const names = new Map((await findOrganizationsByIds(db, late.map((l) => l.organizationId))).map((o) => [o.id, o.name]));
  return {
    id: body.id,
    name: body.name,
    tally: tallyWork(items, today),
    areas: progressByArea(items, year, today).map((a) => ({ ...a, label: REFORM_AREA_LABELS_VI[a.area] })),
    lateByUnit: late.map((l) => ({ id: l.organizationId, name: names.get(l.organizationId) ?? '', late: l.late })),
    reports: reportLines(reports, body.id, year),
  };
}
