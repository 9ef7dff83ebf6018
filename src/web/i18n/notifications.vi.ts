/** Vietnamese messages of the notification bell. */
export const notificationsVi = {
  'notifications.open': 'Thông báo',
  'notifications.openWithCount': 'Thông báo ({n} chưa đọc)',
  'notifications.title': 'Thông báo',
  'notifications.unread': '{n} chưa đọc',
  'notifications.empty': 'Chưa có thông báo nào.',
  'notifications.loadError': 'Không tải được thông báo.',
  'notifications.markAllRead': 'Đánh dấu đã đọc tất cả',
} satisfies Record<string, string>;
