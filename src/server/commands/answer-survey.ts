import { createHash, randomBytes } from 'node:crypto';
import { scaleAnswersOf, type Answers } from '../../domain/surveys/answers';
import type { Section } from '../../domain/surveys/questionnaire';
import { newId, nowIso } from '../../db/ids';
import type { Db } from '../../db/database';
import { deviceHasAnswered, findSurvey, insertResponse, type SurveyRow } from '../../db/repositories/surveys';
import type { PublicBody } from '../../db/repositories/public-media';

/**
 * A citizen's answers to a survey. They are anonymous: no name, no IP address, no audit entry (which would
 * carry the address); only a hash of the random device cookie, so one phone answers once and the hash
 * leads back to nothing.
 */

/** A new device token: 32 random bytes, written in the cookie as is and kept only as its hash. */
export const newDeviceToken = () => randomBytes(32).toString('base64url');

export const deviceHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The survey of a body a citizen may open; a draft, another body's or an unknown id is none. */
export async function findPublicSurvey(db: Db, body: PublicBody, id: string): Promise<(SurveyRow & { sections: Section[] }) | null> {
  const row = await findSurvey(db, id);
  if (!row || row.organization_id !== body.id || row.state === 'draft') return null;
  return { ...row, sections: JSON.parse(row.sections_json) as Section[] };
}

/**
 * Keeps one answer sheet and its scale answers in one transaction. 'already' when this device has answered:
 * checked first, and again by the unique index when two sends of the same form race.
 */
export async function saveSurveyAnswers(db: Db, survey: SurveyRow & { sections: Section[] }, answers: Answers, deviceToken: string, today: string): Promise<'saved' | 'already'> {
  const deviceHash = deviceHashOf(deviceToken);
  if (await deviceHasAnswered(db, survey.id, deviceHash)) return 'already';
  const responseId = newId();
  try {
    await db.transaction().execute((trx) =>
      insertResponse(
        trx,
        { id: responseId, survey_id: survey.id, answered_at: nowIso(), answered_on: today, device_hash: deviceHash, answers_json: JSON.stringify(answers) },
        scaleAnswersOf(survey.sections, answers).map((a) => ({ response_id: responseId, survey_id: survey.id, organization_id: survey.organization_id, question_id: a.questionId, aspect: a.aspect, point: a.point, answered_on: today })),
      ),
    );
  } catch (error) {
    if (await deviceHasAnswered(db, survey.id, deviceHash)) return 'already';
    throw error;
  }
  return 'saved';
}
