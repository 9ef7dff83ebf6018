import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { NotificationBell } from '../notifications/NotificationBell';
import { useMe } from '../session/MeContext';
import { LanguageSwitch } from './LanguageSwitch';
import { NavigationMenu } from './NavigationMenu';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useNarrowScreen } from './useNarrowScreen';
import { UserMenu } from './UserMenu';

// Only phones slide the menu in from a drawer: a wide screen does not load it (issue 17).
const NavigationDrawer = lazy(() => import('./NavigationDrawer').then((m) => ({ default: m.NavigationDrawer })));

/** Side menu on wide screens; on a phone the same menu slides in from a drawer so the page keeps its width. */
export function AppLayout() {
  const t = useT();
  const me = useMe();
  const wide = !useNarrowScreen('md');
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout className="app-layout">
      <SkipLink />
      {wide && (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={272} theme="dark" className="app-sider">
          <div className="brand" title={t('app.title')}>
            <span className="brand-mark">{t('app.mark')}</span>
            {!collapsed && <span className="brand-text">{t('app.shortTitle')}</span>}
          </div>
          <NavigationMenu theme="dark" />
        </Layout.Sider>
      )}
      {!wide && (
        <Suspense fallback={null}>
          <NavigationDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {!wide && <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.open')} onClick={() => setDrawerOpen(true)} />}
          {/* Cut with CSS, not antd's Typography: that would bring its Tooltip and text editor into the shell (issue 17). */}
          <strong className="app-header-body" title={me.organization.name}>
            {me.organization.name}
          </strong>
          <div className="app-header-actions">
            <LanguageSwitch compact={!wide} />
            <NotificationBell />
            <UserMenu compact={!wide} />
          </div>
        </Layout.Header>
        <Layout.Content className="app-content" id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Suspense
            fallback={
              <div className="page-loading">
                <Spin size="large" />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
