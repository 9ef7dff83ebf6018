import type { z } from 'zod';
import type { createFeedbackSchema } from '../../shared/schemas/feedback';
import { badRequest } from '../errors';
import { checkFeedbackTargets, insertNewFeedback } from './receive-feedback';
import { handlesBody } from './feedback-access';
import { loadAuthorizedBody, placed } from './load-organization';
import { refusal } from '../policies';
import { inTransaction, type CommandContext } from './transaction';

type CreateFeedbackInput = z.infer<typeof createFeedbackSchema>;

export const consentRequired = () =>
  badRequest('CONSENT_REQUIRED', 'Chỉ lưu thông tin liên hệ khi người phản ánh đồng ý cho dùng để trả lời phản ánh này.', [{ field: 'consent', message: 'Cần sự đồng ý' }]);

const hasContact = (c: CreateFeedbackInput['contact']) => !!(c && (c.name || c.phone || c.email));

/**
 * Staff record feedback that came by the hotline, the box, in person or by e-mail: the body's own
 * coordinator or director. A contact is kept only with the citizen's consent (decision 0026).
 */
export async function recordFeedback(ctx: CommandContext, input: CreateFeedbackInput) {
  const body = await loadAuthorizedBody(ctx.db, ctx.actor, input.organizationId, 'feedback.read');
  if (!handlesBody(ctx.actor, placed(body))) throw refusal('feedback.handle');
  if (hasContact(input.contact) && !input.consent) throw consentRequired();
  const target = { procedureId: input.procedureId ?? null, concernsUnitId: input.concernsUnitId ?? null };
  await checkFeedbackTargets(ctx.db, body.id, target);
  const contact = hasContact(input.contact) ? { name: input.contact!.name || null, phone: input.contact!.phone || null, email: input.contact!.email || null } : null;
  return inTransaction(ctx, (tx) =>
    insertNewFeedback(tx, {
      body: { id: body.id, path: body.path },
      channel: input.channel,
      subject: input.subject,
      content: input.content,
      ...target,
      contact,
      ip: null,
      receivedOn: input.receivedOn,
      recordedBy: { userId: ctx.actor.userId, name: ctx.audit.actor?.fullName ?? null },
    }),
  );
}
