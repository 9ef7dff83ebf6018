import { Menu, Tag, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { useMe } from '../session/MeContext';
import { ADMIN_GROUP_ICON, areaForPath, visibleAreas, type Area } from './areas';

type MenuItem = Required<MenuProps>['items'][number];

const ADMIN_KEY = 'admin';

export function NavigationMenu({ onNavigate, theme }: { onNavigate?: () => void; theme: 'light' | 'dark' }) {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const areas = visibleAreas(me);

  const toItem = (area: Area): MenuItem => ({
    key: area.path,
    icon: area.icon,
    label: (
      <Link to={area.path} onClick={onNavigate} className="menu-link">
        <span className="menu-link-text">{t(area.label)}</span>
        {!area.ready && <Tag className="coming-soon-tag">{t('nav.comingSoon')}</Tag>}
      </Link>
    ),
  });

  const items: MenuItem[] = [
    ...areas.filter((a) => !a.admin).map(toItem),
    { key: ADMIN_KEY, icon: ADMIN_GROUP_ICON, label: t('nav.admin'), children: areas.filter((a) => a.admin).map(toItem) },
  ];
  const selected = areaForPath(location.pathname)?.path;

  return (
    <Menu
      mode="inline"
      theme={theme}
      items={items}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={[ADMIN_KEY]}
      aria-label={t('nav.label')}
    />
  );
}
