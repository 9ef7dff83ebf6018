import type { Selectable } from 'kysely';
import type { Db } from '../database';
import { addScaleTallies, talliesOf } from './survey-scale-tallies';
import type { SurveyResponsesTable, SurveyScaleAnswersTable, SurveysTable } from '../schema';

export type SurveyRow = Selectable<SurveysTable>;
export type SurveyResponseRow = Selectable<SurveyResponsesTable>;
export type SurveyScaleAnswerRow = Selectable<SurveyScaleAnswersTable>;

/** A survey with where its body sits in the tree, for the policies, and the body's code for its public link. */
export type SurveyInContext = SurveyRow & { org_path: string; org_body_id: string; org_code: string; org_name: string };

/** Days of answers to count, both ends included; either may be open. */
export type DayRange = { from?: string; to?: string };

const inContext = (db: Db) =>
  db
    .selectFrom('surveys as s')
    .innerJoin('organizations as org', 'org.id', 's.organization_id')
    .selectAll('s')
    .select(['org.path as org_path', 'org.body_id as org_body_id', 'org.code as org_code', 'org.name as org_name']);

export async function insertSurvey(db: Db, row: SurveyRow): Promise<void> {
  await db.insertInto('surveys').values(row).execute();
}

export async function updateSurvey(db: Db, id: string, changes: Partial<Omit<SurveyRow, 'id' | 'organization_id' | 'created_at' | 'created_by'>>): Promise<void> {
  await db.updateTable('surveys').set(changes).where('id', '=', id).execute();
}

export async function findSurvey(db: Db, id: string): Promise<SurveyInContext | undefined> {
  return inContext(db).where('s.id', '=', id).executeTakeFirst();
}

/** A body's surveys, newest first; `before` is the id the previous page ended at (ids sort by creation). */
export async function listSurveys(db: Db, organizationIds: readonly string[], page: { before?: string; limit: number }): Promise<SurveyInContext[]> {
  if (organizationIds.length === 0) return [];
  let query = inContext(db).where('s.organization_id', 'in', [...organizationIds]);
  if (page.before) query = query.where('s.id', '<', page.before);
  return query.orderBy('s.id', 'desc').limit(page.limit).execute();
}

/** How many answer sheets each survey has: one grouped query for a whole page of surveys. */
export async function responseCountsOf(db: Db, surveyIds: readonly string[]): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('survey_responses')
    .select((eb) => ['survey_id', eb.fn.countAll<number | string>().as('n')])
    .where('survey_id', 'in', [...surveyIds])
    .groupBy('survey_id')
    .execute();
  return new Map(rows.map((r) => [r.survey_id, Number(r.n)]));
}

/** The answer sheets of a survey in a range of days, newest first. */
export async function responsesOf(db: Db, surveyId: string, range: DayRange = {}): Promise<Pick<SurveyResponseRow, 'id' | 'answered_at' | 'answered_on' | 'answers_json'>[]> {
  let query = db.selectFrom('survey_responses').select(['id', 'answered_at', 'answered_on', 'answers_json']).where('survey_id', '=', surveyId);
  if (range.from) query = query.where('answered_on', '>=', range.from);
  if (range.to) query = query.where('answered_on', '<=', range.to);
  return query.orderBy('answered_at', 'desc').orderBy('id', 'desc').execute();
}

/** The questions someone has answered: they may be reworded but not removed. */
export async function answeredQuestionIds(db: Db, surveyId: string): Promise<Set<string>> {
  const answered = new Set<string>();
  for (const r of await db.selectFrom('survey_responses').select('answers_json').where('survey_id', '=', surveyId).execute()) {
    for (const id of Object.keys(JSON.parse(r.answers_json) as object)) answered.add(id);
  }
  return answered;
}

export async function deviceHasAnswered(db: Db, surveyId: string, deviceHash: string): Promise<boolean> {
  return (await db.selectFrom('survey_responses').select('id').where('survey_id', '=', surveyId).where('device_hash', '=', deviceHash).executeTakeFirst()) !== undefined;
}

/** One answer sheet, its scale answers and their day tallies; the caller runs it in a transaction so both or neither are kept. */
export async function insertResponse(db: Db, response: SurveyResponseRow, scaleAnswers: readonly SurveyScaleAnswerRow[]): Promise<void> {
  await db.insertInto('survey_responses').values(response).execute();
  if (scaleAnswers.length === 0) return;
  await db.insertInto('survey_scale_answers').values([...scaleAnswers]).execute();
  await addScaleTallies(db, talliesOf(scaleAnswers));
}

/** How many chose each point of each scale question of a survey: the bars of its charts. */
export async function scalePointCounts(db: Db, surveyId: string, range: DayRange = {}): Promise<Map<string, number[]>> {
  let query = db
    .selectFrom('survey_scale_answers')
    .select((eb) => ['question_id', 'point', eb.fn.countAll<number | string>().as('n')])
    .where('survey_id', '=', surveyId);
  if (range.from) query = query.where('answered_on', '>=', range.from);
  if (range.to) query = query.where('answered_on', '<=', range.to);
  const byQuestion = new Map<string, number[]>();
  for (const r of await query.groupBy(['question_id', 'point']).execute()) {
    const counts = byQuestion.get(r.question_id) ?? [0, 0, 0, 0, 0];
    if (r.point >= 1 && r.point <= 5) counts[r.point - 1] = Number(r.n);
    byQuestion.set(r.question_id, counts);
  }
  return byQuestion;
}
