import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { SATISFACTION_BY_BODY_PATH, SURVEYS_PATH } from './labels';
import { useSatisfactionByBody } from './queries';

/** The list and the bodies' table, for a body with bodies under it: more than one row in the server's table says there are some. */
export function SurveyAreaSwitch() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const table = useSatisfactionByBody();
  if ((table.data?.items.length ?? 0) < 2) return null;
  return (
    <Segmented
      aria-label={t('a11y.section')}
      className="survey-area-switch"
      value={pathname}
      onChange={(path) => navigate(path)}
      options={[
        { value: SURVEYS_PATH, label: t('surveyNav.list') },
        { value: SATISFACTION_BY_BODY_PATH, label: t('surveyNav.byBody') },
      ]}
    />
  );
}
