import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../forms/errors';
import { formatDateTime } from '../format/dates';
import { useShellAlert } from '../layout/ShellAlert';
import { usePopup } from '../layout/usePopup';
import { useT } from '../i18n/I18nProvider';
import { useMarkAllRead, useMarkRead, useRecentNotifications, type NotificationDto } from './queries';
import './notifications.css';

/** The bell in the header: how many reminders are unread, and the newest ones one click away. */
export function NotificationBell() {
  const t = useT();
  const failure = useShellAlert();
  const navigate = useNavigate();
  const popup = usePopup();
  const recent = useRecentNotifications();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const unread = recent.data?.unreadCount ?? 0;
  const onError = (error: unknown) => failure.show(errorMessage(error, t));

  const openNotification = (n: NotificationDto) => {
    popup.close();
    if (!n.readAt) markRead.mutate(n.id, { onError });
    if (n.link) void navigate(n.link);
  };

  const panel = (
    <div className="shell-popup notification-panel" role="dialog" aria-label={t('notifications.title')}>
      <div className="notification-panel-head">
        <strong>{t('notifications.title')}</strong>
        {unread > 0 && <span className="notification-secondary">{t('notifications.unread', { n: unread })}</span>}
      </div>
      {recent.isError && <span className="notification-error">{t('notifications.loadError')}</span>}
      {recent.data && recent.data.items.length === 0 && <p className="notification-empty">{t('notifications.empty')}</p>}
      <ul className="notification-list">
        {recent.data?.items.map((n) => (
          <li key={n.id}>
            <button type="button" className={n.readAt ? 'notification-item' : 'notification-item notification-unread'} onClick={() => openNotification(n)}>
              <span className="notification-title">{n.title}</span>
              <span className="notification-body">{n.body}</span>
              <span className="notification-time">{formatDateTime(n.createdAt)}</span>
            </button>
          </li>
        ))}
      </ul>
      {unread > 0 && (
        <div className="notification-panel-foot">
          <button type="button" className="shell-link-button" disabled={markAllRead.isPending} aria-busy={markAllRead.isPending} onClick={() => markAllRead.mutate(undefined, { onError })}>
            {t('notifications.markAllRead')}
          </button>
        </div>
      )}
    </div>
  );

  return (
    <div className="shell-popup-anchor" ref={popup.container}>
      <button
        type="button"
        ref={popup.trigger}
        className="shell-icon-button"
        aria-label={unread > 0 ? t('notifications.openWithCount', { n: unread }) : t('notifications.open')}
        aria-haspopup="dialog"
        aria-expanded={popup.open}
        onClick={popup.toggle}
      >
        <BellOutlined aria-hidden className="notification-bell-icon" />
      </button>
      {/* The count sits outside the button, whose name already says it: text inside a named button must be part of that name. */}
      {unread > 0 && (
        <span className="shell-badge" aria-hidden>
          {unread > 99 ? '99+' : unread}
        </span>
      )}
      {popup.open && panel}
      {failure.alert}
    </div>
  );
}
