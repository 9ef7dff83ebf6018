import type { Actor } from '../../domain/access/actor';
import type { CriteriaSet, Criterion, ScoreBand } from '../../domain/assessment';
import type { Db } from '../../db/database';
import { findCriteriaSet, type CriteriaSetInContext } from '../../db/repositories/assessment-sets';
import { findAssessment, findRound, isReviewer, type AssessmentInContext, type RoundInContext } from '../../db/repositories/assessments';
import { forbidden, notFound } from '../errors';
import { can } from '../policies';

/**
 * Who reaches a scoring round and a body's assessment in it (issue 16). The round is its department of
 * health's: its staff read it, its coordinator and director manage it. A body reads its own assessment
 * (and the round, only its own row); the people the round names as reviewers read and score every body's.
 * Anyone else is told the round or assessment does not exist.
 */
export const roundNotFound = () => notFound('ROUND_NOT_FOUND', 'Không tìm thấy đợt chấm điểm.');
export const assessmentNotFound = () => notFound('ASSESSMENT_NOT_FOUND', 'Không tìm thấy bản đánh giá của đơn vị.');

export const placeOf = (row: { organization_id: string; org_path: string; org_body_id: string }) => ({ id: row.organization_id, path: row.org_path, bodyId: row.org_body_id });

/** What the actor is to a round: its manager (the department of health), a reviewer, a reader of the owner, or one of its bodies. */
export type RoundStanding = { round: RoundInContext; manages: boolean; reviews: boolean; readsAll: boolean };

export async function loadRound(db: Db, actor: Actor, id: string, assessedBodyIds: () => Promise<string[]>): Promise<RoundStanding> {
  const round = await findRound(db, id);
  if (!round) throw roundNotFound();
  const readsAll = can(actor, 'assessment.read', placeOf(round));
  const reviews = await isReviewer(db, round.id, actor.userId);
  if (!readsAll && !reviews && !(await assessedBodyIds()).some((bodyId) => actor.grants.some((g) => g.bodyId === bodyId))) throw roundNotFound();
  return { round, manages: can(actor, 'assessment.manage', placeOf(round)), reviews, readsAll: readsAll || reviews };
}

/** What the actor is to a body's assessment: the body itself (scores it), a reviewer, or a reader above. */
export type AssessmentStanding = { assessment: AssessmentInContext; round: RoundInContext; selfAssesses: boolean; reviews: boolean; manages: boolean };

export async function loadAssessment(db: Db, actor: Actor, id: string): Promise<AssessmentStanding> {
  const assessment = await findAssessment(db, id);
  if (!assessment) throw assessmentNotFound();
  const round = (await findRound(db, assessment.round_id))!;
  const reviews = await isReviewer(db, round.id, actor.userId);
  if (!reviews && !can(actor, 'assessment.read', placeOf(assessment))) throw assessmentNotFound();
  return { assessment, round, reviews, selfAssesses: can(actor, 'assessment.self', placeOf(assessment)), manages: can(actor, 'assessment.manage', placeOf(round)) };
}

export const mustSelfAssess = (s: AssessmentStanding) => {
  if (!s.selfAssesses) throw forbidden('Chỉ cán bộ đầu mối CCHC hoặc lãnh đạo của đơn vị được tự chấm điểm.');
};
export const mustReview = (s: { reviews: boolean }) => {
  if (!s.reviews) throw forbidden('Chỉ thành viên tổ thẩm định của đợt chấm điểm được thẩm định.');
};

/** The criteria set a round scores with, as the domain reads it. */
export async function setOfRound(db: Db, round: { criteria_set_id: string }): Promise<{ row: CriteriaSetInContext; set: CriteriaSet }> {
  const row = (await findCriteriaSet(db, round.criteria_set_id))!;
  return { row, set: { areas: JSON.parse(row.criteria_json) as Criterion[], bands: JSON.parse(row.bands_json) as ScoreBand[] } };
}
