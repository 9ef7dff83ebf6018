import { emailWindow } from '../../domain/notifications/email-batch';
import { feedbackReminderHorizon, feedbackReminderRecipients, feedbackReminderText, type FeedbackToRemind } from '../../domain/reminders/feedback-reminders';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { listFeedbackToRemind, markFeedbackReminded } from '../../db/repositories/feedback';
import { enqueueJob } from '../../db/repositories/jobs';
import { emailModesOf } from '../../db/repositories/notification-settings';
import { insertNewNotifications, type NewNotification } from '../../db/repositories/notifications';
import { listReminderRecipients } from '../../db/repositories/reminders';
import { listActiveUsers } from '../../db/repositories/workflow-recipients';
import { NOTIFICATION_EMAIL_KIND, type NotificationEmailPayload } from '../jobs/job-kinds';

export type FeedbackReminderOutcome = { items: number; notifications: number };

/**
 * The daily scan's part for citizens' feedback: each open item due within two working days or overdue,
 * once a day (reminded_on, and the notifications' dedupe key for a second run the same day), in the app
 * and by e-mail through the notification letters (at once, or in the morning digest).
 */
export async function remindFeedback(db: Db, run: { now: Date; today: string }): Promise<FeedbackReminderOutcome> {
  const rows = await listFeedbackToRemind(db, { dueBy: feedbackReminderHorizon(run.today), today: run.today });
  if (rows.length === 0) return { items: 0, notifications: 0 };
  const items: FeedbackToRemind[] = rows.map((r) => ({ id: r.id, bodyId: r.organization_id, trackingCode: r.tracking_code, subject: r.subject, dueOn: r.due_on, unitId: r.assigned_unit_id, assignedUserId: r.assigned_user_id }));
  const [people, named] = await Promise.all([
    listReminderRecipients(db, { departmentIds: [...new Set(items.map((i) => i.unitId).filter((id): id is string => !!id))], bodyIds: [...new Set(items.map((i) => i.bodyId))] }),
    listActiveUsers(db, items.map((i) => i.assignedUserId).filter((id): id is string => !!id)),
  ]);
  const reporters = new Map<string, string[]>();
  const coordinators = new Map<string, string[]>();
  for (const p of people) {
    const map = p.role === 'reporter' ? reporters : coordinators;
    map.set(p.organizationId, [...(map.get(p.organizationId) ?? []), p.userId]);
  }
  const emails = new Map<string, string | null>([...people.map((p) => [p.userId, p.email] as const), ...named.map((n) => [n.id, n.email] as const)]);
  const createdAt = run.now.toISOString();
  const notifications: NewNotification[] = [];
  for (const item of items) {
    const text = feedbackReminderText(item, run.today);
    // A disabled account named on the item is in neither list: it hears nothing.
    for (const userId of feedbackReminderRecipients(item, { reporters, coordinators }).filter((id) => emails.has(id))) {
      notifications.push({ id: newId(), user_id: userId, organization_id: item.bodyId, kind: text.kind, title: text.title, body: text.body, link: `/phan-anh/${item.id}`, occurrence_id: null, created_at: createdAt, read_at: null, dedupe_key: `feedback-reminder:${userId}:${item.id}:${run.today}`, email_state: null });
    }
  }
  const modes = await emailModesOf(db, [...new Set(notifications.map((n) => n.user_id))]);
  for (const n of notifications) if (emails.get(n.user_id) && modes.get(n.user_id) !== 'off') n.email_state = 'pending';
  return db.transaction().execute(async (trx) => {
    const added = await insertNewNotifications(trx, notifications);
    await markFeedbackReminded(trx, items.map((i) => i.id), run.today);
    const window = emailWindow(run.now);
    const told = new Set(notifications.filter((n) => n.email_state === 'pending' && modes.get(n.user_id) === 'immediate').map((n) => n.user_id));
    for (const userId of told) {
      const payload: NotificationEmailPayload = { userId };
      await enqueueJob(trx, { kind: NOTIFICATION_EMAIL_KIND, payload, uniqueKey: `${NOTIFICATION_EMAIL_KIND}:${userId}:${window.start}`, runAt: window.runAt }, run.now);
    }
    return { items: items.length, notifications: added.length };
  });
}
