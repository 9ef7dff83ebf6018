import type { Db } from '../../db/database';
import { enqueueJob } from '../../db/repositories/jobs';
import { listUsersWithPendingEmail } from '../../db/repositories/notification-emails';
import { NOTIFICATION_EMAIL_KIND, type NotificationEmailPayload } from './job-kinds';

/**
 * The morning scan's share of workflow e-mail: one gathering job per person with notifications still
 * waiting for a letter (those who chose the daily digest, and any a ten-minute letter missed), each
 * keyed by the day so a second scan adds none. Answers how many were queued.
 */
export async function enqueueNotificationDigests(db: Db, now: Date, day: string): Promise<number> {
  let queued = 0;
  for (const userId of await listUsersWithPendingEmail(db, now.toISOString())) {
    const payload: NotificationEmailPayload = { userId, digestDay: day };
    const job = await enqueueJob(db, { kind: NOTIFICATION_EMAIL_KIND, payload, uniqueKey: `${NOTIFICATION_EMAIL_KIND}:digest:${userId}:${day}` }, now);
    if (job.created) queued++;
  }
  return queued;
}
