import type { z } from 'zod';
import { answerRefusal, formatPoints, leaves, scoreProblem, selfAssessmentRefusal, withdrawRefusal, type Criterion } from '../../domain/assessment';
import { newId, nowIso } from '../../db/ids';
import { findScore, fromCenti, insertScoreChange, reviewersOf, saveScore, scoresOf, toCenti, updateAssessment, type ScoreRow } from '../../db/repositories/assessments';
import type { answerReviewSchema, saveSelfScoresSchema } from '../../shared/schemas/scoring-assessments';
import { badRequest, conflict } from '../errors';
import { assessmentState, reviewStarted, roundDates } from './assessment-view';
import { notify } from './notify';
import { loadAssessment, mustSelfAssess, placeOf, setOfRound, type AssessmentStanding } from './scoring-access';
import { assessmentTotals } from './scoring-results';
import { inTransaction, type CommandContext, type Tx } from './transaction';

/** A body's self-assessment (issue 16): its scores, never above a criterion's maximum, submitted, withdrawn and resubmitted until the deadline. */

export const emptyScore = (assessmentId: string, code: string, now: string): ScoreRow => ({
  assessment_id: assessmentId,
  criterion_code: code,
  self_centi: null,
  self_note: null,
  review_centi: null,
  review_reason: null,
  reviewed_by: null,
  reviewed_at: null,
  answer: null,
  answered_by: null,
  answered_at: null,
  updated_at: now,
});

/** The scored criteria of the round's set, by code; a code not among them is refused with the list's words. */
export async function scoredCriteria(standing: AssessmentStanding, db: CommandContext['db']): Promise<Map<string, Criterion>> {
  const { set } = await setOfRound(db, standing.round);
  return new Map(leaves(set.areas).map((leaf) => [leaf.code, leaf]));
}

export function criterionOf(criteria: Map<string, Criterion>, code: string, field: string): Criterion {
  const criterion = criteria.get(code);
  if (!criterion) throw badRequest('VALIDATION_FAILED', `Tiêu chí ${code} không có trong bộ chỉ số hoặc không chấm trực tiếp.`, [{ field, message: 'Không có tiêu chí này' }]);
  return criterion;
}

export async function openForSelfAssessment(ctx: CommandContext, id: string, today: string): Promise<AssessmentStanding> {
  const standing = await loadAssessment(ctx.db, ctx.actor, id);
  mustSelfAssess(standing);
  const refusal = selfAssessmentRefusal(roundDates(standing.round), assessmentState(standing.assessment), today);
  if (refusal) throw conflict('NOT_ALLOWED_IN_STATE', refusal);
  return standing;
}

export const changeBy = (ctx: CommandContext) => ({ changed_by: ctx.actor.userId, changed_by_name: ctx.audit.actor?.fullName ?? null });

/** The body's scores and notes; only those sent change, each change of points written in the history. */
export async function saveSelfScores(ctx: CommandContext, id: string, input: z.infer<typeof saveSelfScoresSchema>, today: string): Promise<void> {
  const standing = await openForSelfAssessment(ctx, id, today);
  const criteria = await scoredCriteria(standing, ctx.db);
  const problems = input.scores.flatMap((s, i) => {
    const criterion = criterionOf(criteria, s.code, `scores.${i}.code`);
    const problem = s.points === null ? null : scoreProblem(criterion, s.points);
    return problem ? [{ field: `scores.${i}.points`, message: problem }] : [];
  });
  if (problems.length > 0) throw badRequest('VALIDATION_FAILED', problems.map((p) => p.message).join(' '), problems);
  const now = nowIso();
  await inTransaction(ctx, async (tx) => {
    const current = new Map((await scoresOf(tx.db, [id])).map((row) => [row.criterion_code, row]));
    const changed: string[] = [];
    for (const s of input.scores) {
      const before = current.get(s.code) ?? emptyScore(id, s.code, now);
      const centi = toCenti(s.points);
      const note = s.note === undefined ? before.self_note : s.note || null;
      if (centi === before.self_centi && note === before.self_note) continue;
      await saveScore(tx.db, { ...before, self_centi: centi, self_note: note, updated_at: now });
      if (centi !== before.self_centi) {
        changed.push(`${s.code}: ${before.self_centi === null ? '—' : formatPoints(fromCenti(before.self_centi)!)} → ${centi === null ? '—' : formatPoints(s.points!)}`);
        await insertScoreChange(tx.db, { id: newId(), assessment_id: id, criterion_code: s.code, stage: 'self', from_centi: before.self_centi, to_centi: centi, reason: note, ...changeBy(ctx), changed_at: now });
      }
    }
    if (changed.length > 0) await tx.audit({ organization: placeOf(standing.assessment), action: 'assessment.self.score', entityType: 'assessment', entityId: id, summary: `Tự chấm điểm “${standing.round.name}”: ${changed.slice(0, 10).join('; ')}${changed.length > 10 ? '…' : ''}` });
  });
}

export async function assessmentRef(tx: Tx, standing: AssessmentStanding, criterionCode?: string) {
  const reviewers = await reviewersOf(tx.db, [standing.round.id]);
  return { id: standing.assessment.id, roundName: standing.round.name, bodyId: standing.assessment.organization_id, bodyName: standing.assessment.org_name, ownerId: standing.round.organization_id, reviewerIds: reviewers.map((r) => r.user_id), criterionCode };
}
export const stepActor = (ctx: CommandContext) => ({ userId: ctx.actor.userId, name: ctx.audit.actor?.fullName ?? null });

/** The body sends its self-assessment to the review team: every criterion scored; the team is told. */
export async function submitAssessment(ctx: CommandContext, id: string, today: string): Promise<void> {
  const standing = await openForSelfAssessment(ctx, id, today);
  const { set } = await setOfRound(ctx.db, standing.round);
  const totals = assessmentTotals(set, await scoresOf(ctx.db, [id]));
  if (totals.self.unscored.length > 0) {
    const codes = totals.self.unscored;
    throw conflict('ASSESSMENT_INCOMPLETE', `Còn ${codes.length} tiêu chí chưa chấm điểm: ${codes.slice(0, 8).join(', ')}${codes.length > 8 ? '…' : ''}.`, codes.map((code) => ({ field: code, message: 'Chưa chấm' })));
  }
  await inTransaction(ctx, async (tx) => {
    await updateAssessment(tx.db, id, { state: 'submitted', submitted_at: nowIso(), submitted_by: ctx.actor.userId, reopened: 0, updated_at: nowIso() });
    await tx.audit({ organization: placeOf(standing.assessment), action: 'assessment.submit', entityType: 'assessment', entityId: id, summary: `Gửi bản tự đánh giá “${standing.round.name}”: ${formatPoints(totals.self.total)}/${formatPoints(totals.self.maxPoints)} điểm` });
    await notify(tx, { kind: 'scoring.submitted', actor: stepActor(ctx), assessment: await assessmentRef(tx, standing) });
  });
}

/** The body takes its submission back to change it, before the deadline and before the review team has scored it. */
export async function withdrawAssessment(ctx: CommandContext, id: string, today: string): Promise<void> {
  const standing = await loadAssessment(ctx.db, ctx.actor, id);
  mustSelfAssess(standing);
  const refusal = withdrawRefusal(roundDates(standing.round), assessmentState(standing.assessment), today, reviewStarted(await scoresOf(ctx.db, [id])));
  if (refusal) throw conflict('NOT_ALLOWED_IN_STATE', refusal);
  await inTransaction(ctx, async (tx) => {
    await updateAssessment(tx.db, id, { state: 'draft', updated_at: nowIso() });
    await tx.audit({ organization: placeOf(standing.assessment), action: 'assessment.withdraw', entityType: 'assessment', entityId: id, summary: `Rút lại bản tự đánh giá “${standing.round.name}” để sửa` });
  });
}

/** The body's one answer (giải trình) to a score the review team changed; the team is told. */
export async function answerReview(ctx: CommandContext, id: string, input: z.infer<typeof answerReviewSchema>, today: string): Promise<void> {
  const standing = await loadAssessment(ctx.db, ctx.actor, id);
  mustSelfAssess(standing);
  criterionOf(await scoredCriteria(standing, ctx.db), input.code, 'code');
  const score = await findScore(ctx.db, id, input.code);
  const refusal = answerRefusal(roundDates(standing.round), { changedByReview: !!score && score.review_centi !== null && score.review_centi !== score.self_centi, answered: !!score?.answer }, today);
  if (refusal || !score) throw conflict('NOT_ALLOWED_IN_STATE', refusal ?? '');
  const now = nowIso();
  await inTransaction(ctx, async (tx) => {
    await saveScore(tx.db, { ...score, answer: input.text, answered_by: ctx.actor.userId, answered_at: now, updated_at: now });
    await tx.audit({ organization: placeOf(standing.assessment), action: 'assessment.answer', entityType: 'assessment', entityId: id, summary: `Giải trình điểm tiêu chí ${input.code} (“${standing.round.name}”)`, after: { text: input.text } });
    await notify(tx, { kind: 'scoring.answered', actor: stepActor(ctx), assessment: await assessmentRef(tx, standing, input.code) });
  });
}

