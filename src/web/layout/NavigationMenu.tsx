import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { useMe } from '../session/MeContext';
import { ADMIN_GROUP_ICON, areaForPath, visibleAreas, type Area } from './areas';
import './navigation.css';

/**
 * The areas of the product as links, the current one marked, administration in a group that folds. Plain
 * markup drawn like antd's inline Menu (navigation.css): the shell carries no antd (issue 17). `collapsed`
 * (the wide screen's narrow menu) shows the icons only, each link still named.
 */
export function NavigationMenu({ onNavigate, theme, collapsed = false }: { onNavigate?: () => void; theme: 'light' | 'dark'; collapsed?: boolean }) {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const [adminOpen, setAdminOpen] = useState(true);
  const areas = visibleAreas(me);
  const selected = areaForPath(location.pathname)?.path;
  const admin = areas.filter((a) => a.admin);

  const item = (area: Area) => {
    const current = area.path === selected;
    return (
      <li key={area.path}>
        <Link
          to={area.path}
          onClick={onNavigate}
          className={current ? 'nav-item nav-item-selected' : 'nav-item'}
          aria-current={current ? 'page' : undefined}
          aria-label={collapsed ? t(area.label) : undefined}
          title={collapsed ? t(area.label) : undefined}
        >
          <span className="nav-icon">{area.icon}</span>
          {!collapsed && <span className="nav-text">{t(area.label)}</span>}
          {!collapsed && !area.ready && <span className="coming-soon-tag">{t('nav.comingSoon')}</span>}
        </Link>
      </li>
    );
  };

  return (
    <nav aria-label={t('nav.label')} className={`nav nav-${theme}${collapsed ? ' nav-collapsed' : ''}`}>
      <ul className="nav-list">{areas.filter((a) => !a.admin).map(item)}</ul>
      {admin.length > 0 && (
        <>
          <button
            type="button"
            className="nav-item nav-group"
            aria-expanded={adminOpen}
            aria-label={collapsed ? t('nav.admin') : undefined}
            title={collapsed ? t('nav.admin') : undefined}
            onClick={() => setAdminOpen((open) => !open)}
          >
            <span className="nav-icon">{ADMIN_GROUP_ICON}</span>
            {!collapsed && <span className="nav-text">{t('nav.admin')}</span>}
            {!collapsed && (adminOpen ? <UpOutlined aria-hidden className="nav-arrow" /> : <DownOutlined aria-hidden className="nav-arrow" />)}
          </button>
          {adminOpen && <ul className="nav-list nav-sublist">{admin.map(item)}</ul>}
        </>
      )}
    </nav>
  );
}
