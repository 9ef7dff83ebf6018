import { Tag } from 'antd';
import type { QuestionKind, SipasAspect } from '../../shared/survey-vocabulary';
import { SURVEY_STANDINGS } from '../../shared/schemas/surveys';
import { formatDate } from '../format/dates';
import { useT, type Translate } from '../i18n/I18nProvider';

export type SurveyStanding = (typeof SURVEY_STANDINGS)[number];

export const SURVEYS_PATH = '/khao-sat';
export const SATISFACTION_BY_BODY_PATH = '/khao-sat/don-vi';
export const surveyPagePath = (id: string) => `/khao-sat/${id}`;

export const kindLabel = (t: Translate, kind: QuestionKind) => t(`questionKind.${kind}`);
export const aspectLabel = (t: Translate, aspect: SipasAspect) => t(`sipasAspect.${aspect}`);
export const scalePointLabel = (t: Translate, point: 1 | 2 | 3 | 4 | 5) => t(`scalePoint.${point}`);
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

const STANDING_COLORS: Record<SurveyStanding, string> = { draft: 'default', scheduled: 'blue', open: 'green', closed: 'orange' };

export function StandingTag({ standing }: { standing: SurveyStanding }) {
  const t = useT();
  return <Tag color={STANDING_COLORS[standing]}>{t(`surveyStanding.${standing}`)}</Tag>;
}

/** "01/01/2026 – 31/12/2026", or one end, or no limit. */
export function datesText(t: Translate, opensOn: string | null, closesOn: string | null): string {
  if (opensOn && closesOn) return t('surveys.datesRange', { from: formatDate(opensOn), to: formatDate(closesOn) });
  if (opensOn) return t('surveys.fromOnly', { from: formatDate(opensOn) });
  if (closesOn) return t('surveys.toOnly', { to: formatDate(closesOn) });
  return t('surveys.noDates');
}
