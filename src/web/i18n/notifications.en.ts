import type { notificationsVi } from './notifications.vi';

/** English messages of the notification bell, key for key with the Vietnamese ones. */
export const notificationsEn: Record<keyof typeof notificationsVi, string> = {
  'notifications.open': 'Notifications',
  'notifications.openWithCount': 'Notifications ({n} unread)',
  'notifications.title': 'Notifications',
  'notifications.unread': '{n} unread',
  'notifications.empty': 'No notifications yet.',
  'notifications.loadError': 'Could not load notifications.',
  'notifications.markAllRead': 'Mark all as read',
};
