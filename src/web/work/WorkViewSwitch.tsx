import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';

const VIEWS = [
  { path: '/nhiem-vu', label: 'work.viewList' },
  { path: '/nhiem-vu/bang', label: 'work.viewBoard' },
  { path: '/nhiem-vu/lich', label: 'work.viewCalendar' },
] as const;

/** The same work seen as a list, a board by status or a calendar of due dates. */
export function WorkViewSwitch() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return <Segmented aria-label={t('a11y.view')} value={pathname} onChange={(path) => navigate(path)} options={VIEWS.map((v) => ({ value: v.path, label: t(v.label) }))} />;
}
