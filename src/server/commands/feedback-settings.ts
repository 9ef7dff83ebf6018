import { nowIso } from '../../db/ids';
import { findFeedbackSettings, upsertFeedbackSettings } from '../../db/repositories/feedback';
import type { FeedbackSettingsDto } from '../../shared/schemas/feedback';
import { refusal } from '../policies';
import { handlesBody } from './feedback-access';
import { loadAuthorizedBody, placed } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';

/** The body's own coordinator or director sets how long it has to answer and how long it keeps contacts. */
async function loadSettingsBody(ctx: CommandContext, organizationId: string) {
  const body = await loadAuthorizedBody(ctx.db, ctx.actor, organizationId, 'feedback.read');
  if (!handlesBody(ctx.actor, placed(body))) throw refusal('feedback.handle');
  return body;
}

export async function readFeedbackSettings(ctx: CommandContext, organizationId: string): Promise<FeedbackSettingsDto> {
  const body = await loadSettingsBody(ctx, organizationId);
  return { organizationId: body.id, ...(await findFeedbackSettings(ctx.db, body.id)) };
}

/** A new working-day count applies to items received from now on: each item's due day was fixed at receipt. */
export async function saveFeedbackSettings(ctx: CommandContext, input: FeedbackSettingsDto): Promise<FeedbackSettingsDto> {
  const body = await loadSettingsBody(ctx, input.organizationId);
  const before = await findFeedbackSettings(ctx.db, body.id);
  const after = { answerWorkingDays: input.answerWorkingDays, retentionMonths: input.retentionMonths };
  await inTransaction(ctx, async (tx) => {
    await upsertFeedbackSettings(tx.db, body.id, after, { userId: ctx.actor.userId, at: nowIso() });
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: 'feedback.settings',
      entityType: 'organization',
      entityId: body.id,
      summary: `Quy định phản ánh: trả lời trong ${after.answerWorkingDays} ngày làm việc, giữ thông tin cá nhân ${after.retentionMonths} tháng sau khi kết thúc`,
      before,
      after,
    });
  });
  return { organizationId: body.id, ...after };
}
