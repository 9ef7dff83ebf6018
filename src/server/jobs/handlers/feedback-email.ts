import { z } from 'zod';
import { citizenMail } from '../../../domain/feedback/citizen-mail';
import { maskEmail } from '../../../domain/feedback/personal-data';
import { displayTrackingCode } from '../../../domain/feedback/tracking-code';
import { findFeedback, findFeedbackContact } from '../../../db/repositories/feedback';
import { findOrganization } from '../../../db/repositories/organizations';
import { feedbackTrackingPath } from '../../../shared/public-urls';
import { createMailer } from '../../mail/mailer';
import type { JobHandler } from '../job-kinds';
import { publicBaseUrl } from './reminder-scan';

export const feedbackEmailPayloadSchema = z.object({ feedbackId: z.string(), reason: z.enum(['received', 'answered']) });
export type FeedbackEmailPayload = z.infer<typeof feedbackEmailPayloadSchema>;

/**
 * Writes to the citizen about their feedback. The address is read now, not stored in the queue: a
 * letter still waiting when the contact is erased is simply not sent. A mail server's refusal may
 * quote the address, so what is thrown (and logged by the runner) carries only its mask.
 */
export const feedbackEmail: JobHandler = async (payload, ctx) => {
  const p = feedbackEmailPayloadSchema.parse(payload);
  const [item, contact] = await Promise.all([findFeedback(ctx.db, p.feedbackId), findFeedbackContact(ctx.db, p.feedbackId)]);
  if (!item || !contact?.email) return { sent: false };
  const body = await findOrganization(ctx.db, item.organization_id);
  const mailer = createMailer(ctx.config);
  if (!mailer || !body) {
    ctx.log.warn({ feedbackId: item.id }, 'SMTP_URL chưa được đặt: không gửi thư cho người phản ánh');
    return { sent: false };
  }
  const link = `${publicBaseUrl(ctx.config)}${feedbackTrackingPath(body.code, displayTrackingCode(item.tracking_code))}`;
  const mail = citizenMail(p.reason, { bodyName: body.name, trackingCode: item.tracking_code, subject: item.subject, dueOn: item.due_on, link });
  const address = contact.email;
  try {
    await mailer.send({ to: address, ...mail });
    return { sent: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Không gửi được thư tới ${maskEmail(address)}: ${message.split(address).join(maskEmail(address))}`);
  } finally {
    mailer.close();
  }
};
