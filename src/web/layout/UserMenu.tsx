import { BellOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useMe } from '../session/MeContext';
import { SIGN_IN_PATH } from '../session/paths';

// Opened now and then, and they bring antd's Form: fetched the first time, not with the shell (issue 17).
const NotificationSettingsModal = lazy(() => import('../notifications/NotificationSettingsModal').then((m) => ({ default: m.NotificationSettingsModal })));
const ChangePasswordModal = lazy(() => import('../session/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));

export function UserMenu({ compact }: { compact: boolean }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [changingPassword, setChangingPassword] = useState(false);
  const [editingNotifications, setEditingNotifications] = useState(false);
  // Kept once opened, so that closing plays antd's animation rather than cutting the dialog away.
  const [opened, setOpened] = useState({ password: false, notifications: false });
  const openPassword = () => {
    setOpened((o) => ({ ...o, password: true }));
    setChangingPassword(true);
  };
  const openNotifications = () => {
    setOpened((o) => ({ ...o, notifications: true }));
    setEditingNotifications(true);
  };

  const signOut = useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSuccess: () => {
      queryClient.clear();
      void navigate(SIGN_IN_PATH, { replace: true });
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  const items: MenuProps['items'] = [
    { key: 'who', label: `${me.user.fullName} (${me.user.username})`, disabled: true },
    { type: 'divider' },
    { key: 'notifications', icon: <BellOutlined />, label: t('notificationSettings.open'), onClick: openNotifications },
    { key: 'password', icon: <KeyOutlined />, label: t('user.changePassword'), onClick: openPassword },
    { key: 'signOut', icon: <LogoutOutlined />, label: t('user.signOut'), onClick: () => signOut.mutate() },
  ];

  return (
    <>
      <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
        <Button type="text" className="user-menu-button" aria-label={compact ? t('user.menu') : t('a11y.userMenu', { name: me.user.fullName })} loading={signOut.isPending}>
          <Avatar size="small" icon={<UserOutlined />} />
          {!compact && <span className="user-menu-name">{me.user.fullName}</span>}
          <DownOutlined />
        </Button>
      </Dropdown>
      <Suspense fallback={null}>
        {opened.password && <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />}
        {opened.notifications && <NotificationSettingsModal open={editingNotifications} onClose={() => setEditingNotifications(false)} />}
      </Suspense>
    </>
  );
}
