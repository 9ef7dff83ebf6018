import { z } from 'zod';
import { pageSchema, paginationQuerySchema, queryFlag } from './common';

export const listNotificationsQuerySchema = paginationQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  unread: queryFlag,
});

export const notificationSchema = z.object({
  id: z.string(),
  /** 'reminder.due_soon' | 'reminder.overdue', or 'workflow.<step>' ('workflow.plan.issued', 'workflow.occurrence.returned', …) */
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path in the app to open when the notification is clicked. */
  link: z.string().nullable(),
  occurrenceId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof notificationSchema>;

export const notificationPageSchema = pageSchema(notificationSchema).extend({ unreadCount: z.number().int() });
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const markedReadSchema = z.object({ updated: z.number().int(), unreadCount: z.number().int() });

export const reminderRunSchema = z.object({
  jobId: z.string(),
  today: z.string(),
  /** New notifications in the app, and e-mails queued to send. */
  notifications: z.number().int(),
  emails: z.number().int(),
  /** People with new reminders but no e-mail sent: no address, e-mail turned off, or no SMTP server configured. */
  emailsSkipped: z.number().int(),
});
