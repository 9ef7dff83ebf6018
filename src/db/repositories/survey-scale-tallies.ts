import type { Insertable } from 'kysely';
import { SATISFIED } from '../../domain/surveys/satisfaction';
import type { Db } from '../database';
import type { SurveyScaleTalliesTable } from '../schema';

export type SurveyScaleTallyRow = Insertable<SurveyScaleTalliesTable>;

type ScaleAnswerRow = { survey_id: string; organization_id: string; answered_on: string; aspect: string | null; point: number };

/** The day tallies of some scale answers: one row per survey, day and aspect, with how many answered and how many were satisfied. */
export function talliesOf(answers: Iterable<ScaleAnswerRow>): SurveyScaleTallyRow[] {
  const byKey = new Map<string, SurveyScaleTallyRow>();
  for (const a of answers) {
    const aspect = a.aspect ?? '';
    const key = `${a.survey_id}|${a.answered_on}|${aspect}`;
    let tally = byKey.get(key);
    if (!tally) byKey.set(key, (tally = { survey_id: a.survey_id, organization_id: a.organization_id, answered_on: a.answered_on, aspect, answered: 0, satisfied: 0 }));
    tally.answered += 1;
    if (a.point >= SATISFIED) tally.satisfied += 1;
  }
  return [...byKey.values()];
}

/**
 * Adds tallies to those kept, in the caller's transaction, so an answer sheet and its counts are kept
 * together or not at all. Two sheets of the same day add up rather than overwrite each other.
 */
export async function addScaleTallies(db: Db, tallies: readonly SurveyScaleTallyRow[]): Promise<void> {
  // In slices: one statement per slice keeps both databases under their limits on bound values.
  for (let i = 0; i < tallies.length; i += 500) {
    await db
      .insertInto('survey_scale_tallies')
      .values(tallies.slice(i, i + 500))
      .onConflict((oc) =>
        oc.columns(['survey_id', 'answered_on', 'aspect']).doUpdateSet((eb) => ({
          answered: eb('survey_scale_tallies.answered', '+', eb.ref('excluded.answered')),
          satisfied: eb('survey_scale_tallies.satisfied', '+', eb.ref('excluded.satisfied')),
        })),
      )
      .execute();
  }
}
