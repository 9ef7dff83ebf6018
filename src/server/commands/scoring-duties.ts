import type { z } from 'zod';
import { addDays } from '../../domain/calendar/iso-day';
import { answerRefusal, leaves, publishRefusal, selfAssessmentRefusal } from '../../domain/assessment';
import { assessmentsOfRound, isReviewer, listRoundsFor, scoresOf } from '../../db/repositories/assessments';
import type { scoringDutySchema } from '../../shared/schemas/home';
import { can } from '../policies';
import { assessmentState, roundDates } from './assessment-view';
import { placeOf, setOfRound } from './scoring-access';
import { rankRound, scoresByAssessment } from './scoring-results';
import type { CommandContext } from './transaction';

type Duty = z.infer<typeof scoringDutySchema>;

/** A published result stays on the home page this long, so the bodies notice it. */
const RESULT_SHOWN_DAYS = 30;

/**
 * What CCHC scoring asks of a person this morning, for the home page: a body's coordinator scores its
 * self-assessment until the deadline and answers changed scores; a reviewer reviews what bodies sent; the
 * department of health publishes once the self-assessment is over; a result just published is shown.
 */
export async function scoringDuties(ctx: CommandContext, today: string): Promise<Duty[]> {
  const bodyIds = [...new Set(ctx.actor.grants.map((g) => g.bodyId))];
  const rounds = await listRoundsFor(ctx.db, { ownerIds: bodyIds, bodyIds, reviewerId: ctx.actor.userId });
  const duties: Duty[] = [];
  for (const round of rounds) {
    const dates = roundDates(round);
    const published = round.published_at?.slice(0, 10) ?? null;
    if (published !== null && addDays(published, RESULT_SHOWN_DAYS) < today) continue;
    const head = { roundId: round.id, roundName: round.name };
    const assessments = await assessmentsOfRound(ctx.db, round.id);
    const scores = scoresByAssessment(await scoresOf(ctx.db, assessments.map((a) => a.id)));
    const { set } = await setOfRound(ctx.db, round);
    const leafCodes = leaves(set.areas).map((leaf) => leaf.code);
    const ranking = published !== null ? await rankRound(ctx.db, round) : null;

    for (const a of assessments.filter((a) => can(ctx.actor, 'assessment.self', placeOf(a)))) {
      const own = scores.get(a.id) ?? [];
      const state = assessmentState(a);
      if (ranking) {
        const mine = ranking.ranked.find((r) => r.assessment.id === a.id);
        if (mine) duties.push({ ...head, kind: 'result', assessmentId: a.id, dueOn: null, count: null, rank: { rank: mine.rank, of: ranking.ranked.length, className: mine.result.className } });
        continue;
      }
      if (selfAssessmentRefusal(dates, state, today) === null) {
        const scored = new Set(own.filter((s) => s.self_centi !== null).map((s) => s.criterion_code));
        duties.push({ ...head, kind: 'self_assess', assessmentId: a.id, dueOn: state.reopened ? round.review_deadline : round.self_deadline, count: leafCodes.filter((c) => !scored.has(c)).length, rank: null });
      }
      const toAnswer = own.filter((s) => answerRefusal(dates, { changedByReview: s.review_centi !== null && s.review_centi !== s.self_centi, answered: s.answer !== null }, today) === null).length;
      if (toAnswer > 0) duties.push({ ...head, kind: 'answer', assessmentId: a.id, dueOn: round.review_deadline, count: toAnswer, rank: null });
    }
    if (published !== null) continue;
    if (today <= round.review_deadline && (await isReviewer(ctx.db, round.id, ctx.actor.userId))) {
      // A body waits for the review while some criterion it sent has no review score yet.
      const waiting = assessments.filter((a) => {
        const reviewed = new Set((scores.get(a.id) ?? []).filter((s) => s.review_centi !== null).map((s) => s.criterion_code));
        return a.state === 'submitted' && leafCodes.some((code) => !reviewed.has(code));
      });
      if (waiting.length > 0) duties.push({ ...head, kind: 'review', assessmentId: null, dueOn: round.review_deadline, count: waiting.length, rank: null });
    }
    if (can(ctx.actor, 'assessment.manage', placeOf(round)) && publishRefusal(dates, today) === null) duties.push({ ...head, kind: 'publish', assessmentId: null, dueOn: round.review_deadline, count: null, rank: null });
  }
  return duties;
}
