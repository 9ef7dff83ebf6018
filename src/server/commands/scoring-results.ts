import { bodyResult, classOf, finalPoints, leaves, rankBodies, type BodyResult, type CriteriaSet } from '../../domain/assessment';
import type { Db } from '../../db/database';
import { assessmentsOfRound, fromCenti, previousPublishedRound, scoresOf, type AssessmentInContext, type RoundRow, type ScoreRow } from '../../db/repositories/assessments';
import { setOfRound } from './scoring-access';

/**
 * A body's totals in a round, one way for every page and export (issue 16): its own scores, the scores
 * it ends with (the review team's where it gave some), and how far it has got.
 */
export type AssessmentTotals = { self: BodyResult; final: BodyResult; scored: number; changedByReview: number };

const pointsOf = (row: ScoreRow) => ({ selfPoints: fromCenti(row.self_centi), reviewPoints: fromCenti(row.review_centi) });

export function assessmentTotals(set: CriteriaSet, rows: readonly ScoreRow[]): AssessmentTotals {
  const scored = new Set(leaves(set.areas).map((leaf) => leaf.code));
  const own = rows.filter((row) => scored.has(row.criterion_code));
  const self = new Map<string, number>();
  const final = new Map<string, number>();
  let changedByReview = 0;
  for (const row of own) {
    const points = pointsOf(row);
    if (points.selfPoints !== null) self.set(row.criterion_code, points.selfPoints);
    const end = finalPoints(points);
    if (end !== null) final.set(row.criterion_code, end);
    if (points.reviewPoints !== null && points.reviewPoints !== points.selfPoints) changedByReview += 1;
  }
  return { self: bodyResult(set, self), final: bodyResult(set, final), scored: self.size, changedByReview };
}

/** Score rows grouped by their assessment, read once for a whole round. */
export function scoresByAssessment(rows: readonly ScoreRow[]): Map<string, ScoreRow[]> {
  const grouped = new Map<string, ScoreRow[]>();
  for (const row of rows) {
    const list = grouped.get(row.assessment_id);
    if (list) list.push(row);
    else grouped.set(row.assessment_id, [row]);
  }
  return grouped;
}

export type RankedBody = { assessment: AssessmentInContext; name: string; total: number; rank: number; result: BodyResult; totals: AssessmentTotals };

/** Every body of a round with its final result, ranked: the published table, its chart and exports read this. */
export async function rankRound(db: Db, round: RoundRow): Promise<{ set: CriteriaSet; ranked: RankedBody[] }> {
  const { set } = await setOfRound(db, round);
  const assessments = await assessmentsOfRound(db, round.id);
  const rows = await scoresOf(db, assessments.map((a) => a.id));
  const byAssessment = scoresByAssessment(rows);
  const bodies = assessments.map((assessment) => {
    const totals = assessmentTotals(set, byAssessment.get(assessment.id) ?? []);
    return { assessment, name: assessment.org_name, total: totals.final.total, result: totals.final, totals };
  });
  return { set, ranked: rankBodies(bodies) };
}

export type LastYear = { total: number; className: string | null; rank: number };

/** Each body's published result of the same department of health's round a year before: last year beside this year. */
export async function lastYearOf(db: Db, round: RoundRow): Promise<Map<string, LastYear>> {
  const previous = await previousPublishedRound(db, round.organization_id, round.year);
  if (!previous) return new Map();
  const { set, ranked } = await rankRound(db, previous);
  return new Map(ranked.map((body) => [body.assessment.organization_id, { total: body.total, className: classOf(body.total, set.bands), rank: body.rank }]));
}
