import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { POSTING_BY_BODY_PATH, PROCEDURES_PATH } from './labels';
import { usePostingByBody } from './queries';

/**
 * The registry and the bodies' posting table, for a body with bodies under it (a department of health):
 * the server's table lists the body and each body under it, so more than one row says there are some.
 */
export function ProcedureAreaSwitch() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const table = usePostingByBody();
  if ((table.data?.items.length ?? 0) < 2) return null;
  return (
    <Segmented
      aria-label={t('a11y.section')}
      className="procedure-area-switch"
      value={pathname}
      onChange={(path) => navigate(path)}
      options={[
        { value: PROCEDURES_PATH, label: t('procedureNav.registry') },
        { value: POSTING_BY_BODY_PATH, label: t('procedureNav.byBody') },
      ]}
    />
  );
}
