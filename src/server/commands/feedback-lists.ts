import { todayInVietnam } from '../../domain/calendar';
import { feedbackCounts } from '../../domain/feedback/counts';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { listCountedFeedback, listFeedback, type FeedbackFilter } from '../../db/repositories/feedback';
import type { FeedbackState } from '../../shared/feedback-vocabulary';
import { placed } from './load-organization';
import { readingBody } from './reading-body';
import { readsWholeBody, reporterRoots } from './feedback-access';
import { countedFeedback, countFeedbackByBody } from './feedback-counts';
import type { CommandContext } from './transaction';

export type FeedbackListQuery = { organizationId?: string; state?: FeedbackState; overdue?: boolean; assignedUnitId?: string; year?: number; q?: string; cursor?: string; limit: number };

/**
 * One page of a body's feedback, newest first, narrowed in the query to what the caller reaches: all of
 * it for the director, coordinators and viewers, what is assigned to their department for a reporter.
 * The counts are those of the filters but state and overdue, judged today.
 */
export async function listFeedbackPage(ctx: CommandContext, q: FeedbackListQuery, now = new Date()) {
  const body = await readingBody(ctx.db, ctx.actor, q.organizationId, 'feedback.read');
  const today = todayInVietnam(now);
  const filter: FeedbackFilter = {
    organizationId: body.id,
    assignedWithin: readsWholeBody(ctx.actor, placed(body)) ? undefined : reporterRoots(ctx.actor, body.id),
    assignedUnitId: q.assignedUnitId,
    year: q.year,
    q: q.q,
  };
  const [rows, countedRows] = await Promise.all([
    listFeedback(ctx.db, { ...filter, state: q.state, overdueOn: q.overdue ? today : undefined, cursor: q.cursor, limit: q.limit }),
    listCountedFeedback(ctx.db, filter),
  ]);
  const page = rows.slice(0, q.limit);
  return { page, nextCursor: rows.length > q.limit ? page.at(-1)!.id : null, counts: feedbackCounts(countedRows.map(countedFeedback), today), today };
}

/** Every body in the caller's whole-body reach — a department of health and each of its bodies — with its count for the year. */
export async function feedbackByBody(ctx: CommandContext, organizationId: string | undefined, year: number, now = new Date()) {
  const body = await readingBody(ctx.db, ctx.actor, organizationId, 'feedback.read');
  const bodies = [body, ...(await listMatrixOrganizations(ctx.db, body, 'bodies'))].filter((b) => readsWholeBody(ctx.actor, { id: b.id, path: b.path, bodyId: b.id }));
  const { byBody, total } = await countFeedbackByBody(ctx.db, bodies.map((b) => b.id), { from: `${year}-01-01`, to: `${year}-12-31`, today: todayInVietnam(now) });
  return { year, items: bodies.map((b) => ({ organization: { id: b.id, code: b.code, name: b.name }, counts: byBody.get(b.id)! })), total };
}
