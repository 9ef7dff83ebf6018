import type { Actor } from '../../domain/access/actor';
import { surveyStanding, type Section } from '../../domain/surveys/questionnaire';
import type { Share } from '../../domain/surveys/satisfaction';
import type { SurveyInContext } from '../../db/repositories/surveys';
import { surveyPath } from '../../shared/public-urls';
import type { SurveyDto, SurveySummaryDto } from '../../shared/schemas/surveys';
import { surveyAbilities } from '../commands/survey-access';

export const surveyQrUrl = (id: string) => `/api/surveys/${id}/qr.png`;

export function presentSurveySummary(actor: Actor, row: SurveyInContext, figures: { responses: number; satisfaction: Share }, today: string): SurveySummaryDto {
  return {
    id: row.id,
    organization: { id: row.organization_id, code: row.org_code, name: row.org_name },
    title: row.title,
    template: row.template,
    standing: surveyStanding(row, today),
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    responseCount: figures.responses,
    satisfaction: figures.satisfaction,
    publicUrl: surveyPath(row.org_code, row.id),
    can: surveyAbilities(actor, row),
  };
}

/** The whole survey for its builder: each question says whether someone answered it (then it may be reworded, not removed). */
export function presentSurvey(actor: Actor, row: SurveyInContext, figures: { responses: number; satisfaction: Share }, answered: ReadonlySet<string>, today: string): SurveyDto {
  const sections = JSON.parse(row.sections_json) as Section[];
  return {
    ...presentSurveySummary(actor, row, figures, today),
    description: row.description,
    sections: sections.map((s) => ({ title: s.title, questions: s.questions.map((q) => ({ ...q, answered: answered.has(q.id) })) })),
    qrUrl: surveyQrUrl(row.id),
  };
}
