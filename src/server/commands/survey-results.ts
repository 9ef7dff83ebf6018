import { answerCell, type Answers } from '../../domain/surveys/answers';
import { questionsOf, type Section } from '../../domain/surveys/questionnaire';
import { responsesOf, scalePointCounts, type DayRange } from '../../db/repositories/surveys';
import type { SurveyResultsDto } from '../../shared/schemas/surveys';
import { loadSurvey } from './survey-access';
import { satisfactionOfSurvey } from './survey-satisfaction';
import type { CommandContext } from './transaction';

/** The latest free-text answers shown per question; the export has them all. */
export const LATEST_TEXTS = 50;

/**
 * A survey's results over a range of days: per question how many answered and, by kind, the count of each
 * point or choice, or the latest texts; and the satisfaction rate overall, per aspect and per month. Scale
 * counts and rates are grouped in SQL; choices and texts are read from the sheets (a survey has thousands).
 */
export async function surveyResults(ctx: CommandContext, id: string, range: DayRange): Promise<SurveyResultsDto> {
  const row = await loadSurvey(ctx.db, ctx.actor, id);
  const questions = questionsOf(JSON.parse(row.sections_json) as Section[]);
  const [sheets, points, satisfaction] = await Promise.all([responsesOf(ctx.db, id, range), scalePointCounts(ctx.db, id, range), satisfactionOfSurvey(ctx.db, id, range)]);
  const answersOf = sheets.map((s) => ({ answeredOn: s.answered_on, answers: JSON.parse(s.answers_json) as Answers }));
  return {
    responses: sheets.length,
    satisfaction,
    questions: questions.map((q) => {
      const given = answersOf.filter((a) => a.answers[q.id] !== undefined);
      let counts: number[] | null = null;
      let texts: { answeredOn: string; text: string }[] | null = null;
      if (q.kind === 'scale') counts = points.get(q.id) ?? [0, 0, 0, 0, 0];
      if (q.kind === 'single' || q.kind === 'multiple') {
        counts = (q.choices ?? []).map(() => 0);
        for (const a of given) for (const r of [a.answers[q.id]].flat()) if (typeof r === 'number' && r < counts.length) counts[r]!++;
      }
      if (q.kind === 'text') texts = given.slice(0, LATEST_TEXTS).map((a) => ({ answeredOn: a.answeredOn, text: String(answerCell(q, a.answers[q.id]) ?? '') }));
      return { id: q.id, kind: q.kind, text: q.text, answered: given.length, counts, texts };
    }),
  };
}
