import { feedbackCounts, sumFeedbackCounts, type CountedFeedback, type FeedbackCounts } from '../../domain/feedback/counts';
import type { Db } from '../../db/database';
import { listFeedbackReceivedIn } from '../../db/repositories/feedback';
import type { FeedbackState } from '../../shared/feedback-vocabulary';

export type { FeedbackCounts };

/** A period of receipt and the day it is judged on: today while it runs; for a past period, its last day. */
export type FeedbackPeriod = { from: string; to: string; today: string };

/** The day a period's items are judged on (domain/feedback/counts.ts reads each item as it stood then). */
export const judgedOn = (p: FeedbackPeriod) => (p.to < p.today ? p.to : p.today);

const counted = (r: { state: string; due_on: string; answered_on: string | null }): CountedFeedback => ({ state: r.state as FeedbackState, dueOn: r.due_on, answeredOn: r.answered_on });

/**
 * THE count of citizens' feedback (SPEC §2.8): the items some bodies received in [from, to], answered,
 * refused, open, overdue, late and the share answered on time. The indices KPI, the report's section,
 * the staff list's head and the department of health's table all read this one, so they agree.
 */
export async function countFeedback(db: Db, organizationIds: readonly string[], period: FeedbackPeriod): Promise<FeedbackCounts> {
  const rows = await listFeedbackReceivedIn(db, organizationIds, period);
  return feedbackCounts(rows.map(counted), judgedOn(period));
}

/** The same count for each body, and all together (the total is the sum, its share recomputed). */
export async function countFeedbackByBody(db: Db, organizationIds: readonly string[], period: FeedbackPeriod): Promise<{ byBody: Map<string, FeedbackCounts>; total: FeedbackCounts }> {
  const rows = await listFeedbackReceivedIn(db, organizationIds, period);
  const day = judgedOn(period);
  const byBody = new Map(organizationIds.map((id) => [id, feedbackCounts(rows.filter((r) => r.organization_id === id).map(counted), day)]));
  return { byBody, total: sumFeedbackCounts([...byBody.values()]) };
}

export { counted as countedFeedback };
