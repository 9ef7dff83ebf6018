import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { FEEDBACK_BY_BODY_PATH, FEEDBACK_PATH } from './labels';
import { useFeedbackByBody } from './queries';

/**
 * The list and the bodies' table, for a body with bodies under it (a department of health): the server's
 * table lists the body and each body under it, so more than one row says there are some.
 */
export function FeedbackAreaSwitch() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const table = useFeedbackByBody();
  if ((table.data?.items.length ?? 0) < 2) return null;
  return (
    <Segmented
      aria-label={t('a11y.section')}
      className="feedback-area-switch"
      value={pathname}
      onChange={(path) => navigate(path)}
      options={[
        { value: FEEDBACK_PATH, label: t('feedbackNav.list') },
        { value: FEEDBACK_BY_BODY_PATH, label: t('feedbackNav.byBody') },
      ]}
    />
  );
}
