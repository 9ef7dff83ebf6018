import { BellOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useMe } from '../session/MeContext';
import { SIGN_IN_PATH } from '../session/paths';
import { useShellAlert } from './ShellAlert';
import { usePopup } from './usePopup';

// Opened now and then, and they bring antd (its Form, Modal and theme): fetched the first time (issue 17).
const NotificationSettingsModal = lazy(() => import('../notifications/NotificationSettingsModal').then((m) => ({ default: m.NotificationSettingsModal })));
const ChangePasswordModal = lazy(() => import('../session/ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));
const AntdRoot = lazy(() => import('./AntdRoot').then((m) => ({ default: m.AntdRoot })));

type Dialog = 'password' | 'notifications';
type Entry = { key: string; icon: ReactNode; label: string; run: () => void };

/** Moves focus among a menu's items with the arrow keys, Home and End, as a menu does. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  items[(next + items.length) % items.length]?.focus();
}

/** The person's menu in the header: who is signed in, notification settings, password, sign out. */
export function UserMenu({ compact }: { compact: boolean }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const popup = usePopup();
  const list = useRef<HTMLUListElement>(null);
  const failure = useShellAlert();
  // Opened, the menu takes focus on its first item, as a menu does for the keyboard.
  useEffect(() => {
    if (popup.open) list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
  }, [popup.open]);
  const [showing, setShowing] = useState<Dialog | null>(null);
  // Kept once opened, so that closing plays antd's animation rather than cutting the dialog away.
  const [opened, setOpened] = useState<Record<Dialog, boolean>>({ password: false, notifications: false });
  const openDialog = (dialog: Dialog) => {
    setOpened((o) => ({ ...o, [dialog]: true }));
    setShowing(dialog);
  };

  const signOut = useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSuccess: () => {
      queryClient.clear();
      void navigate(SIGN_IN_PATH, { replace: true });
    },
    onError: (error) => failure.show(errorMessage(error, t)),
  });

  const entries: Entry[] = [
    { key: 'notifications', icon: <BellOutlined aria-hidden />, label: t('notificationSettings.open'), run: () => openDialog('notifications') },
    { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('user.changePassword'), run: () => openDialog('password') },
    { key: 'signOut', icon: <LogoutOutlined aria-hidden />, label: t('user.signOut'), run: () => signOut.mutate() },
  ];
  const choose = (entry: Entry) => {
    popup.close();
    entry.run();
  };

  return (
    <div className="shell-popup-anchor" ref={popup.container}>
      <button
        type="button"
        ref={popup.trigger}
        className="shell-text-button user-menu-button"
        aria-label={compact ? t('user.menu') : t('a11y.userMenu', { name: me.user.fullName })}
        aria-haspopup="menu"
        aria-expanded={popup.open}
        aria-busy={signOut.isPending}
        disabled={signOut.isPending}
        onClick={popup.toggle}
      >
        <span className="user-avatar" aria-hidden>
          <UserOutlined />
        </span>
        {!compact && <span className="user-menu-name">{me.user.fullName}</span>}
        <DownOutlined aria-hidden className="user-menu-arrow" />
      </button>
      {popup.open && (
        <ul
          className="shell-popup shell-menu"
          role="menu"
          aria-label={t('user.menu')}
          onKeyDown={moveFocus}
          ref={list}
        >
          <li role="presentation" className="shell-menu-who">
            {me.user.fullName} ({me.user.username})
          </li>
          <li role="separator" className="shell-menu-divider" />
          {entries.map((entry) => (
            <li
              key={entry.key}
              role="menuitem"
              tabIndex={-1}
              className="shell-menu-item"
              onClick={() => choose(entry)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  choose(entry);
                }
              }}
            >
              {entry.icon}
              <span>{entry.label}</span>
            </li>
          ))}
        </ul>
      )}
      {failure.alert}
      {(opened.password || opened.notifications) && (
        <Suspense fallback={null}>
          <AntdRoot>
            {opened.password && <ChangePasswordModal open={showing === 'password'} onClose={() => setShowing(null)} />}
            {opened.notifications && <NotificationSettingsModal open={showing === 'notifications'} onClose={() => setShowing(null)} />}
          </AntdRoot>
        </Suspense>
      )}
    </div>
  );
}
