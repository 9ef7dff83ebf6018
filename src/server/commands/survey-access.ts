import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { findSurvey, type SurveyInContext } from '../../db/repositories/surveys';
import { notFound } from '../errors';
import { authorize, can, type Action } from '../policies';

export const surveyNotFound = () => notFound('SURVEY_NOT_FOUND', 'Không tìm thấy phiếu khảo sát.');

export const placeOfSurvey = (s: Pick<SurveyInContext, 'organization_id' | 'org_path' | 'org_body_id'>) => ({ id: s.organization_id, path: s.org_path, bodyId: s.org_body_id });

/** Loads a survey the actor may do `action` on; one of a body out of their reach is answered "not found". */
export async function loadSurvey(db: Db, actor: Actor, id: string, action: Action = 'survey.read'): Promise<SurveyInContext> {
  const row = await findSurvey(db, id);
  if (!row || !can(actor, 'survey.read', placeOfSurvey(row))) throw surveyNotFound();
  authorize(actor, action, placeOfSurvey(row), surveyNotFound());
  return row;
}

/** What the actor may do with the survey, shown on it so the UI offers only that; the server checks again. */
export function surveyAbilities(actor: Actor, s: Pick<SurveyInContext, 'organization_id' | 'org_path' | 'org_body_id' | 'state'>) {
  const manage = can(actor, 'survey.manage', placeOfSurvey(s));
  return { update: manage, publish: manage && s.state !== 'published', close: manage && s.state === 'published' };
}
