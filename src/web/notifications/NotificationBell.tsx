import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Dropdown, Empty } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../forms/errors';
import { formatDateTime } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { useMarkAllRead, useMarkRead, useRecentNotifications, type NotificationDto } from './queries';
import './notifications.css';

/** The bell in the header: how many reminders are unread, and the newest ones one click away. */
export function NotificationBell() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const recent = useRecentNotifications();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const unread = recent.data?.unreadCount ?? 0;
  const onError = (error: unknown) => void message.error(errorMessage(error, t));

  const openNotification = (n: NotificationDto) => {
    setOpen(false);
    if (!n.readAt) markRead.mutate(n.id, { onError });
    if (n.link) void navigate(n.link);
  };

  const panel = (
    <div className="notification-panel" role="dialog" aria-label={t('notifications.title')}>
      <div className="notification-panel-head">
        <strong>{t('notifications.title')}</strong>
        {unread > 0 && <span className="notification-secondary">{t('notifications.unread', { n: unread })}</span>}
      </div>
      {recent.isError && <span className="notification-error">{t('notifications.loadError')}</span>}
      {recent.data && recent.data.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />}
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
          <Button type="link" size="small" loading={markAllRead.isPending} onClick={() => markAllRead.mutate(undefined, { onError })}>
            {t('notifications.markAllRead')}
          </Button>
        </div>
      )}
    </div>
  );

  return (
    // The count sits outside the button, whose name already says it: text inside a named button must be part of that name.
    <Badge count={unread} size="small" overflowCount={99} offset={[-6, 6]}>
      <Dropdown open={open} onOpenChange={setOpen} trigger={['click']} placement="bottomRight" popupRender={() => panel}>
        <Button type="text" aria-label={unread > 0 ? t('notifications.openWithCount', { n: unread }) : t('notifications.open')} icon={<BellOutlined className="notification-bell-icon" />} />
      </Dropdown>
    </Badge>
  );
}
