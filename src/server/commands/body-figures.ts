import { todayInVietnam } from '../../domain/calendar';
import type { Db } from '../../db/database';
import { countItemsPublished } from '../../db/repositories/index-results';
import { periodicReportsDueBy } from '../../db/repositories/reports';
import type { OrganizationRow } from '../../db/repositories/organizations';
import type { SystemFigure } from '../../domain/assessment';
import { tasksOnTime } from '../../domain/indices/kpis';
import { reportAsOf } from '../../domain/reports/periods';
import type { IsoDate } from '../../domain/schedule/schedule';
import { bodiesInReach, loadWorkOfBodies, yearRange } from './counted-work';
import { countFeedback } from './feedback-counts';
import { postingCountsOfBodies } from './procedure-lists';
import { satisfactionFor } from './survey-satisfaction';

export type BodyFigures = Awaited<ReturnType<typeof bodyFigures>>;

/**
 * What the system computes of a body's year, in one place: the indices' KPI cards show it, and CCHC
 * scoring proposes points from it (issue 16), so the two never disagree. A department of health answers
 * for its bodies too (each counted once); a past year is read as it stood on 31 December.
 */
export async function bodyFigures(db: Db, body: OrganizationRow, year: number, today: IsoDate) {
  const reach = await bodiesInReach(db, body);
  const range = yearRange(year);
  const asOf = reportAsOf(range, today);
  return {
    asOf,
    work: tasksOnTime([...(await loadWorkOfBodies(db, reach, range)).values()].flat(), year, today),
    posting: (await postingCountsOfBodies(db, reach, asOf)).total,
    published: await countItemsPublished(db, body.id, year),
    feedback: await countFeedback(db, reach, { from: range.from, to: range.to, today }),
    satisfaction: await satisfactionFor(db, reach, { from: range.from, to: range.to }),
    reports: await reportsOnTime(db, reach, year, asOf),
  };
}

/**
 * The periodic reports due in the year up to `asOf` and how many were sent by their day (in Vietnam):
 * a report not sent yet counts as due and not on time.
 */
async function reportsOnTime(db: Db, bodyIds: readonly string[], year: number, asOf: IsoDate) {
  const rows = await periodicReportsDueBy(db, bodyIds, year, asOf);
  const onTime = rows.filter((r) => r.submitted_at !== null && todayInVietnam(new Date(r.submitted_at)) <= r.due_on).length;
  return { due: rows.length, onTime, percent: rows.length === 0 ? null : Math.round((onTime / rows.length) * 1000) / 10 };
}

/** The share (in %, one decimal) a scoring rule reads for a figure, or null when the year has none to count. */
export function figurePercent(figures: BodyFigures, figure: SystemFigure): number | null {
  switch (figure) {
    case 'tasks_on_time':
      return figures.work.share === null ? null : Math.round(figures.work.share * 1000) / 10;
    case 'procedures_posted':
      return figures.posting.percent;
    case 'feedback_on_time':
      return figures.feedback.onTimePercent;
    case 'survey_satisfaction':
      return figures.satisfaction.overall.percent;
    case 'reports_on_time':
      return figures.reports.percent;
  }
}
