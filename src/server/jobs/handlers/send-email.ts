import { z } from 'zod';
import { createMailer } from '../../mail/mailer';
import type { JobHandler } from '../job-kinds';

const payloadSchema = z.object({ to: z.string().min(3), subject: z.string(), text: z.string(), html: z.string() });

/**
 * Sends one e-mail. A mail server that refuses or does not answer throws, and the queue retries
 * with back-off; with no SMTP_URL (it was removed after the mail was queued) the mail is dropped and logged.
 */
export const sendEmail: JobHandler = async (payload, ctx) => {
  const message = payloadSchema.parse(payload);
  const mailer = createMailer(ctx.config);
  if (!mailer) {
    ctx.log.warn({ to: message.to }, 'SMTP_URL chưa được đặt: bỏ qua thư điện tử');
    return { sent: false };
  }
  try {
    await mailer.send(message);
    return { sent: true };
  } finally {
    mailer.close();
  }
};
