import type { IsoDate } from '../../domain/calendar/iso-day';
import { dueSoonHorizon, reminderItems, type DueItem } from '../../domain/reminders/due-items';
import { notificationFor, reminderEmail } from '../../domain/reminders/messages';
import { recipientsOf, type Directory } from '../../domain/reminders/recipients';
import { formatDateVi } from '../../domain/schedule/calendar';
import { newId } from '../../db/ids';
import { enqueueJob } from '../../db/repositories/jobs';
import { emailModesOf } from '../../db/repositories/notification-settings';
import { insertNewNotifications, type NewNotification } from '../../db/repositories/notifications';
import { listReminderCandidates, listReminderRecipients, type ReminderRecipientRow } from '../../db/repositories/reminders';
import { SEND_EMAIL_KIND, SEND_EMAIL_MAX_ATTEMPTS, type SendEmailPayload } from '../jobs/job-kinds';
import { inTransaction, type CommandContext } from './transaction';

export type ReminderRun = {
  /** The scan's clock: `today` is the day reminded for, `now` stamps what is written. */
  now: Date;
  today: IsoDate;
  /** Work due within this many working days. */
  days: number;
  /** Only work in reach of these tree paths; everything when left out (the daily scan). */
  roots?: readonly string[];
  /** Where the audit entry sits: the body a person ran the scan for; none for the daily scan. */
  organization: { id: string; path: string } | null;
  /** The page of the work, in the app and as an absolute address for e-mail. */
  appLink: string;
  emailLink: string;
  /** False when no SMTP server is configured: reminders stay in the app. */
  sendEmail: boolean;
};

export type ReminderOutcome = { notifications: number; emails: number; emailsSkipped: number };

/**
 * Finds the work to remind today and tells the people responsible: one notification per person per
 * item per day (the dedupe key makes a second run that day a no-op), and one e-mail per person
 * gathering what was new for them, queued as a job so a failing mail server never holds up the scan.
 */
export async function createReminders(ctx: CommandContext, run: ReminderRun): Promise<ReminderOutcome> {
  const candidates = await listReminderCandidates(ctx.db, { dueBy: dueSoonHorizon(run.today, run.days), roots: run.roots });
  const items = reminderItems(candidates, run.today, run.days);
  const people = await listReminderRecipients(ctx.db, {
    departmentIds: [...new Set(items.map((i) => i.organizationId))],
    bodyIds: [...new Set(items.map((i) => i.bodyId))],
  });
  const directory = directoryOf(people);
  const byId = new Map(people.map((p) => [p.userId, p]));
  const createdAt = run.now.toISOString();
  const planned = new Map<string, { userId: string; item: DueItem }>();
  const rows: NewNotification[] = [];
  for (const item of items) {
    const text = notificationFor(item, run.today);
    for (const userId of recipientsOf(item, directory)) {
      const dedupeKey = `reminder:${userId}:${item.occurrenceId}:${run.today}`;
      planned.set(dedupeKey, { userId, item });
      rows.push({ id: newId(), user_id: userId, organization_id: item.organizationId, kind: text.kind, title: text.title, body: text.body, link: run.appLink, occurrence_id: item.occurrenceId, created_at: createdAt, read_at: null, dedupe_key: dedupeKey });
    }
  }

  return inTransaction(ctx, async (tx) => {
    const added = await insertNewNotifications(tx.db, rows);
    const newByUser = new Map<string, DueItem[]>();
    for (const { dedupe_key } of added) {
      const { userId, item } = planned.get(dedupe_key)!;
      newByUser.set(userId, [...(newByUser.get(userId) ?? []), item]);
    }
    let emails = 0;
    let emailsSkipped = 0;
    const modes = await emailModesOf(tx.db, [...newByUser.keys()]);
    for (const [userId, userItems] of newByUser) {
      const person = byId.get(userId)!;
      if (!run.sendEmail || !person.email || modes.get(userId) === 'off') {
        emailsSkipped++;
        continue;
      }
      const mail = reminderEmail({ recipientName: person.fullName, today: run.today, items: userItems, link: run.emailLink });
      const payload: SendEmailPayload = { to: person.email, ...mail };
      const job = await enqueueJob(tx.db, { kind: SEND_EMAIL_KIND, payload, uniqueKey: `${SEND_EMAIL_KIND}:reminders:${userId}:${run.today}`, maxAttempts: SEND_EMAIL_MAX_ATTEMPTS }, run.now);
      if (job.created) emails++;
    }
    await tx.audit({
      organization: run.organization,
      action: 'reminder.run',
      entityType: 'reminder',
      entityId: run.today,
      summary: `Nhắc việc ngày ${formatDateVi(run.today)}: ${added.length} thông báo mới, ${emails} thư điện tử`,
      after: { notifications: added.length, emails, emailsSkipped, items: items.length },
    });
    return { notifications: added.length, emails, emailsSkipped };
  });
}

function directoryOf(people: readonly ReminderRecipientRow[]): Directory {
  const reporters = new Map<string, string[]>();
  const coordinators = new Map<string, string[]>();
  for (const p of people) {
    const map = p.role === 'reporter' ? reporters : coordinators;
    map.set(p.organizationId, [...(map.get(p.organizationId) ?? []), p.userId]);
  }
  return { reporters, coordinators };
}
