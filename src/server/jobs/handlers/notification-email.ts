import { z } from 'zod';
import { notificationEmail } from '../../../domain/notifications/email-batch';
import { findUser } from '../../../db/repositories/users';
import { enqueueJob } from '../../../db/repositories/jobs';
import { emailModeOf } from '../../../db/repositories/notification-settings';
import { listPendingEmail, settlePendingEmail } from '../../../db/repositories/notification-emails';
import { SEND_EMAIL_KIND, SEND_EMAIL_MAX_ATTEMPTS, type JobHandler, type SendEmailPayload } from '../job-kinds';
import { publicBaseUrl } from './reminder-scan';

const payloadSchema = z.object({ userId: z.string(), digestDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() });

export type NotificationEmailOutcome = { notifications: number; queued: boolean };

/**
 * Gathers one person's workflow notifications waiting for a letter into one e-mail and queues it (the
 * send-email job retries a failing mail server on its own). Read at the moment of sending: the person's
 * address and setting, and whether a mail server is configured; with none of them, what waits is dropped.
 */
export const notificationEmailJob: JobHandler = async (payload, ctx): Promise<NotificationEmailOutcome> => {
  const p = payloadSchema.parse(payload);
  return ctx.db.transaction().execute(async (db) => {
    const pending = await listPendingEmail(db, p.userId);
    if (pending.length === 0) return { notifications: 0, queued: false };
    const now = ctx.now.toISOString();
    const user = await findUser(db, p.userId);
    const mode = await emailModeOf(db, p.userId);
    const ids = pending.map((n) => n.id);
    // Someone who chose the digest after this letter was planned hears in the morning instead.
    if (mode === 'digest' && !p.digestDay) return { notifications: 0, queued: false };
    if (!user?.email || user.disabled_at || mode === 'off' || !ctx.config.smtpUrl) {
      if (!ctx.config.smtpUrl) ctx.log.info({ notifications: ids.length }, 'SMTP_URL chưa được đặt: thông báo chỉ hiện trong ứng dụng');
      await settlePendingEmail(db, ids, 'skipped', now);
      return { notifications: 0, queued: false };
    }
    const mail = notificationEmail({
      recipientName: user.full_name,
      notices: pending.map((n) => ({ title: n.title, body: n.body, link: n.link, createdAt: n.created_at })),
      baseUrl: publicBaseUrl(ctx.config),
      digestDay: p.digestDay,
    });
    const message: SendEmailPayload = { to: user.email, ...mail };
    await settlePendingEmail(db, ids, 'sent', now);
    await enqueueJob(db, { kind: SEND_EMAIL_KIND, payload: message, uniqueKey: `${SEND_EMAIL_KIND}:notifications:${p.userId}:${ids[0]}`, maxAttempts: SEND_EMAIL_MAX_ATTEMPTS }, ctx.now);
    return { notifications: ids.length, queued: true };
  });
};
