import type { z } from 'zod';
import { formatPoints, reopenRefusal, reviewRefusal, scoreProblem } from '../../domain/assessment';
import { newId, nowIso } from '../../db/ids';
import { fromCenti, insertScoreChange, saveScore, scoresOf, toCenti, updateAssessment, type ScoreRow } from '../../db/repositories/assessments';
import type { saveReviewScoresSchema } from '../../shared/schemas/scoring-assessments';
import { badRequest, conflict } from '../errors';
import { assessmentState, roundDates } from './assessment-view';
import { notify } from './notify';
import { loadAssessment, mustReview, placeOf } from './scoring-access';
import { assessmentRef, changeBy, criterionOf, emptyScore, scoredCriteria, stepActor } from './self-assessment';
import { inTransaction, type CommandContext } from './transaction';

/**
 * The review (thẩm định, issue 16): a reviewer of the round accepts a body's score (the same points) or
 * sets another with the reason the body will read; the body is told of each changed score.
 */
export async function saveReviewScores(ctx: CommandContext, id: string, input: z.infer<typeof saveReviewScoresSchema>, today: string): Promise<void> {
  const standing = await loadAssessment(ctx.db, ctx.actor, id);
  mustReview(standing);
  const refusal = reviewRefusal(roundDates(standing.round), assessmentState(standing.assessment), today);
  if (refusal) throw conflict('NOT_ALLOWED_IN_STATE', refusal);
  const criteria = await scoredCriteria(standing, ctx.db);
  const problems: { field: string; message: string }[] = [];
  const current = new Map((await scoresOf(ctx.db, [id])).map((row) => [row.criterion_code, row]));
  const befores: ScoreRow[] = [];
  for (const [i, s] of input.scores.entries()) {
    const criterion = criterionOf(criteria, s.code, `scores.${i}.code`);
    const problem = scoreProblem(criterion, s.points);
    if (problem) problems.push({ field: `scores.${i}.points`, message: problem });
    const before = current.get(s.code);
    const differs = toCenti(s.points) !== (before?.self_centi ?? null);
    if (differs && !s.reason) problems.push({ field: `scores.${i}.reason`, message: `Tiêu chí ${s.code}: chấm khác điểm tự đánh giá thì phải ghi lý do để đơn vị biết.` });
    befores.push(before ?? emptyScore(id, s.code, nowIso()));
  }
  if (problems.length > 0) throw badRequest('VALIDATION_FAILED', problems.map((p) => p.message).join(' '), problems);
  const now = nowIso();
  await inTransaction(ctx, async (tx) => {
    const changed: string[] = [];
    for (const [i, s] of input.scores.entries()) {
      const before = befores[i]!;
      const centi = toCenti(s.points)!;
      const reason = centi === before.self_centi ? (s.reason || null) : s.reason!;
      if (centi === before.review_centi && reason === before.review_reason) continue;
      await saveScore(tx.db, { ...before, review_centi: centi, review_reason: reason, reviewed_by: ctx.actor.userId, reviewed_at: now, updated_at: now });
      if (centi !== before.review_centi) {
        await insertScoreChange(tx.db, { id: newId(), assessment_id: id, criterion_code: s.code, stage: 'review', from_centi: before.review_centi ?? before.self_centi, to_centi: centi, reason, ...changeBy(ctx), changed_at: now });
        changed.push(`${s.code}: ${formatPoints(fromCenti(before.self_centi) ?? 0)} → ${formatPoints(s.points)}`);
      }
      // The body hears of a score set apart from its own, with the reason.
      if (centi !== before.self_centi && centi !== before.review_centi) {
        await notify(tx, { kind: 'scoring.rescored', actor: stepActor(ctx), comment: reason, assessment: await assessmentRef(tx, standing, s.code) });
      }
    }
    if (changed.length > 0) await tx.audit({ organization: placeOf(standing.assessment), action: 'assessment.review.score', entityType: 'assessment', entityId: id, summary: `Thẩm định “${standing.round.name}” của ${standing.assessment.org_name}: ${changed.slice(0, 10).join('; ')}${changed.length > 10 ? '…' : ''}` });
  });
}

/** After the self-assessment deadline, the review team opens a body's self-assessment again so it can change and resubmit it; the body is told. */
export async function reopenAssessment(ctx: CommandContext, id: string, today: string): Promise<void> {
  const standing = await loadAssessment(ctx.db, ctx.actor, id);
  mustReview(standing);
  const refusal = reopenRefusal(roundDates(standing.round), assessmentState(standing.assessment), today);
  if (refusal) throw conflict('NOT_ALLOWED_IN_STATE', refusal);
  await inTransaction(ctx, async (tx) => {
    await updateAssessment(tx.db, id, { state: 'draft', reopened: 1, updated_at: nowIso() });
    await tx.audit({ organization: placeOf(standing.assessment), action: 'assessment.reopen', entityType: 'assessment', entityId: id, summary: `Mở lại bản tự đánh giá “${standing.round.name}” của ${standing.assessment.org_name}` });
    await notify(tx, { kind: 'scoring.reopened', actor: stepActor(ctx), assessment: await assessmentRef(tx, standing) });
  });
}
