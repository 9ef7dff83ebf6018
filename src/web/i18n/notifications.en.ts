import type { notificationsVi } from './notifications.vi';

/** English messages of the notification bell and the notification settings, key for key with the Vietnamese ones. */
export const notificationsEn: Record<keyof typeof notificationsVi, string> = {
  'notifications.open': 'Notifications',
  'notifications.openWithCount': 'Notifications ({n} unread)',
  'notifications.title': 'Notifications',
  'notifications.unread': '{n} unread',
  'notifications.empty': 'No notifications yet.',
  'notifications.loadError': 'Could not load notifications.',
  'notifications.markAllRead': 'Mark all as read',
  'notificationSettings.open': 'Notification settings',
  'notificationSettings.title': 'Notification settings',
  'notificationSettings.inApp': 'Notifications always show under the bell at the top of the page. Choose how you also receive them by e-mail:',
  'notificationSettings.email': 'E-mail',
  'notificationSettings.mode.immediate': 'Right away (notifications within the same 10 minutes come as one e-mail)',
  'notificationSettings.mode.digest': 'One daily summary at 07:00',
  'notificationSettings.mode.off': 'No e-mail',
  'notificationSettings.address': 'E-mail goes to {address}.',
  'notificationSettings.noAddress': 'Your account has no e-mail address; ask your administrator to add one to receive e-mail.',
  'notificationSettings.noMailServer': 'No mail server is configured: notifications show in the app only.',
  'notificationSettings.loadError': 'Could not load notification settings.',
  'notificationSettings.saved': 'Notification settings saved.',
};
