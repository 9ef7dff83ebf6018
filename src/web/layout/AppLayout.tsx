import { LeftOutlined, MenuOutlined, RightOutlined } from '@ant-design/icons';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { NotificationBell } from '../notifications/NotificationBell';
import { useMe } from '../session/MeContext';
import { LanguageSwitch } from './LanguageSwitch';
import { NavigationMenu } from './NavigationMenu';
import { Spinner } from './PageSpinner';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useNarrowScreen } from './useNarrowScreen';
import { UserMenu } from './UserMenu';
import './shell.css';

// Only phones slide the menu in from a drawer, and only once it is asked for (issue 17).
const NavigationDrawer = lazy(() => import('./NavigationDrawer').then((m) => ({ default: m.NavigationDrawer })));
const AntdRoot = lazy(() => import('./AntdRoot').then((m) => ({ default: m.AntdRoot })));

/**
 * The pages in antd's theme and App (messages, confirmations), all but the home page: the shell and the
 * home page are plain markup, so a person's first look after signing in fetches no antd (issue 17).
 */
function PageRoot({ children }: { children: ReactNode }) {
  return useLocation().pathname === '/' ? children : <AntdRoot>{children}</AntdRoot>;
}

/** Side menu on wide screens; on a phone the same menu slides in from a drawer so the page keeps its width. */
export function AppLayout() {
  const t = useT();
  const me = useMe();
  const wide = !useNarrowScreen('md');
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerAsked, setDrawerAsked] = useState(false);

  return (
    <div className="app-layout">
      <SkipLink />
      {wide && (
        <aside className={collapsed ? 'app-sider app-sider-collapsed' : 'app-sider'}>
          <div className="brand" title={t('app.title')}>
            <span className="brand-mark">{t('app.mark')}</span>
            {!collapsed && <span className="brand-text">{t('app.shortTitle')}</span>}
          </div>
          <div className="app-sider-menu">
            <NavigationMenu theme="dark" collapsed={collapsed} />
          </div>
          <button type="button" className="app-sider-trigger" aria-label={collapsed ? t('nav.expand') : t('nav.collapse')} aria-expanded={!collapsed} onClick={() => setCollapsed((c) => !c)}>
            {collapsed ? <RightOutlined aria-hidden /> : <LeftOutlined aria-hidden />}
          </button>
        </aside>
      )}
      {!wide && drawerAsked && (
        <Suspense fallback={null}>
          <NavigationDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
      <div className="app-main">
        <header className="app-header">
          {!wide && (
            <button
              type="button"
              className="shell-icon-button"
              aria-label={t('nav.open')}
              onClick={() => {
                setDrawerAsked(true);
                setDrawerOpen(true);
              }}
            >
              <MenuOutlined aria-hidden />
            </button>
          )}
          <strong className="app-header-body" title={me.organization.name}>
            {me.organization.name}
          </strong>
          <div className="app-header-actions">
            <LanguageSwitch compact={!wide} />
            <NotificationBell />
            <UserMenu compact={!wide} />
          </div>
        </header>
        <main className="app-content" id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Suspense
            fallback={
              <div className="page-loading">
                <Spinner />
              </div>
            }
          >
            <PageRoot>
              <Outlet />
            </PageRoot>
          </Suspense>
        </main>
      </div>
    </div>
  );
}
