import { nowIso } from '../../db/ids';
import { emailModeOf, saveEmailMode } from '../../db/repositories/notification-settings';
import type { EmailMode } from '../../shared/email-modes';
import { inTransaction, type CommandContext } from './transaction';

const MODE_VI: Record<EmailMode, string> = { immediate: 'gửi ngay (gộp trong 10 phút)', digest: 'một thư tổng hợp mỗi ngày', off: 'không nhận thư' };

/** A person chooses how they take notifications by e-mail; only their own setting, and audited. */
export async function saveNotificationSettings(ctx: CommandContext, mode: EmailMode): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await emailModeOf(tx.db, ctx.actor.userId);
    await saveEmailMode(tx.db, ctx.actor.userId, mode, nowIso());
    const home = ctx.actor.grants[0];
    await tx.audit({
      organization: home ? { id: home.organizationId, path: home.organizationPath } : null,
      action: 'notification.settings',
      entityType: 'user',
      entityId: ctx.actor.userId,
      summary: `Cài đặt thư thông báo: ${MODE_VI[mode]}`,
      before: { email: before },
      after: { email: mode },
    });
  });
}
