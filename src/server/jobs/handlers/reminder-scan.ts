import { z } from 'zod';
import { todayInVietnam } from '../../../domain/calendar';
import { unsafeSystemActor } from '../../policies';
import { createReminders, type ReminderOutcome } from '../../commands/create-reminders';
import type { AuditContext } from '../../../db/repositories/audit';
import type { JobContext, JobHandler } from '../job-kinds';
import { enqueueNotificationDigests } from '../notification-digests';
import { remindFeedback } from '../../commands/remind-feedback';

export const WORK_PAGE = '/nhiem-vu';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The daily scan carries only its day; a scan run by a person also carries their reach and name for the audit. */
export const reminderScanPayloadSchema = z.object({
  today: isoDay.optional(),
  roots: z.array(z.string()).optional(),
  organization: z.object({ id: z.string(), path: z.string() }).nullable().optional(),
  requestedBy: z.object({ id: z.string(), username: z.string(), fullName: z.string() }).nullable().optional(),
  requestId: z.string().nullable().optional(),
});
export type ReminderScanPayload = z.infer<typeof reminderScanPayloadSchema>;

export function publicBaseUrl(config: JobContext['config']): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}

/**
 * The reminder scan: work due within REMINDER_DAYS working days and work overdue, to its departments'
 * reporters (and, when late, their body's coordinators), in the app and by e-mail.
 */
export const reminderScan: JobHandler = async (payload, ctx): Promise<ReminderOutcome> => {
  const p = reminderScanPayloadSchema.parse(payload ?? {});
  const audit: AuditContext = { actor: p.requestedBy ?? null, requestId: p.requestId ?? null, ip: null };
  const outcome = await createReminders(
    { db: ctx.db, actor: unsafeSystemActor, audit },
    {
      now: ctx.now,
      today: p.today ?? todayInVietnam(ctx.now),
      days: ctx.config.reminderDays,
      roots: p.roots,
      organization: p.organization ?? null,
      appLink: WORK_PAGE,
      emailLink: `${publicBaseUrl(ctx.config)}${WORK_PAGE}`,
      sendEmail: !!ctx.config.smtpUrl,
    },
  );
  if (!ctx.config.smtpUrl && outcome.notifications > 0) ctx.log.info({ notifications: outcome.notifications }, 'SMTP_URL chưa được đặt: chỉ gửi thông báo trong ứng dụng');
  // The daily scan (not one a person runs for their body) also sends the day's digest letters.
  if (!p.roots) {
    // Citizens' feedback due soon or overdue: before the digests, so a digest reader's morning letter has it.
    const feedback = await remindFeedback(ctx.db, { now: ctx.now, today: p.today ?? todayInVietnam(ctx.now) });
    if (feedback.notifications > 0) ctx.log.info(feedback, 'Đã nhắc hạn trả lời phản ánh');
    const digests = await enqueueNotificationDigests(ctx.db, ctx.now, p.today ?? todayInVietnam(ctx.now));
    if (digests > 0) ctx.log.info({ digests }, 'Đã xếp hàng thư tổng hợp thông báo trong ngày');
  }
  return outcome;
};
