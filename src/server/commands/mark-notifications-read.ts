import { nowIso } from '../../db/ids';
import { findNotification, markNotificationsRead } from '../../db/repositories/notifications';
import { notFound } from '../errors';
import { inTransaction, type CommandContext } from './transaction';

export const notificationNotFound = () => notFound('NOTIFICATION_NOT_FOUND', 'Không tìm thấy thông báo.');

/**
 * Marks one of the caller's notifications read, or all of them. Someone else's notification is
 * "not found": ids never tell one person about another's reminders.
 */
export async function markRead(ctx: CommandContext, target: { id: string } | 'all'): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    if (target !== 'all') {
      const notification = await findNotification(tx.db, target.id);
      if (!notification || notification.user_id !== ctx.actor.userId) throw notificationNotFound();
    }
    const updated = await markNotificationsRead(tx.db, { userId: ctx.actor.userId, id: target === 'all' ? undefined : target.id, now: nowIso() });
    if (updated === 0) return 0;
    const home = ctx.actor.grants[0];
    await tx.audit({
      organization: home ? { id: home.organizationId, path: home.organizationPath } : null,
      action: target === 'all' ? 'notification.read_all' : 'notification.read',
      entityType: target === 'all' ? 'user' : 'notification',
      entityId: target === 'all' ? ctx.actor.userId : target.id,
      summary: target === 'all' ? `Đánh dấu đã đọc ${updated} thông báo` : 'Đánh dấu đã đọc một thông báo',
    });
    return updated;
  });
}
