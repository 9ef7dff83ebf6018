import { todayInVietnam } from '../../domain/calendar/lateness';
import { addShares, shareOf } from '../../domain/surveys/satisfaction';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { answeredQuestionIds, listSurveys, responseCountsOf } from '../../db/repositories/surveys';
import type { SurveyDto, SurveySummaryDto } from '../../shared/schemas/surveys';
import { presentSurvey, presentSurveySummary } from '../presenters/survey';
import { readingBody } from './reading-body';
import { loadSurvey } from './survey-access';
import { satisfactionByBody, satisfactionBySurvey, satisfactionOfSurvey } from './survey-satisfaction';
import type { CommandContext } from './transaction';

const today = () => todayInVietnam(new Date());

/** One page of a body's surveys (default: the caller's), newest first, each with its answers and rate from two grouped queries. */
export async function listSurveyPage(ctx: CommandContext, q: { organizationId?: string; cursor?: string; limit: number }): Promise<{ items: SurveySummaryDto[]; nextCursor: string | null }> {
  const body = await readingBody(ctx.db, ctx.actor, q.organizationId, 'survey.read');
  const rows = await listSurveys(ctx.db, [body.id], { before: q.cursor, limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const [counts, shares] = await Promise.all([responseCountsOf(ctx.db, page.map((r) => r.id)), satisfactionBySurvey(ctx.db, [body.id])]);
  const day = today();
  return {
    items: page.map((r) => presentSurveySummary(ctx.actor, r, { responses: counts.get(r.id) ?? 0, satisfaction: shares.get(r.id) ?? shareOf(0, 0) }, day)),
    nextCursor: rows.length > q.limit ? page.at(-1)!.id : null,
  };
}

/** One survey for its builder and results screen. */
export async function surveyView(ctx: CommandContext, id: string): Promise<SurveyDto> {
  const row = await loadSurvey(ctx.db, ctx.actor, id);
  const [counts, satisfaction, answered] = await Promise.all([responseCountsOf(ctx.db, [id]), satisfactionOfSurvey(ctx.db, id), answeredQuestionIds(ctx.db, id)]);
  return presentSurvey(ctx.actor, row, { responses: counts.get(id) ?? 0, satisfaction: satisfaction.overall }, answered, today());
}

/**
 * The rate of a year for the body asked for (default: the caller's) and every body under it — a
 * department of health sees each hospital and centre — with the total recomputed from the sums.
 */
export async function satisfactionTable(ctx: CommandContext, year: number, organizationId?: string) {
  const body = await readingBody(ctx.db, ctx.actor, organizationId, 'survey.read');
  const bodies = [body, ...(await listMatrixOrganizations(ctx.db, body, 'bodies'))];
  const byBody = await satisfactionByBody(ctx.db, bodies.map((b) => b.id), { from: `${year}-01-01`, to: `${year}-12-31` });
  const items = bodies.map((b) => ({ organization: { id: b.id, code: b.code, name: b.name }, responses: byBody.get(b.id)?.responses ?? 0, overall: byBody.get(b.id)?.overall ?? shareOf(0, 0) }));
  return { year, items, total: { ...addShares(items.map((i) => i.overall)), responses: items.reduce((n, i) => n + i.responses, 0) } };
}
