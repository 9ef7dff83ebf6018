import { nowIso } from '../../db/ids';
import { deleteSessionsOf } from '../../db/repositories/sessions';
import { findUser, updateUser } from '../../db/repositories/users';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { badRequest } from '../errors';
import type { SignedIn } from '../request-context';
import { inTransaction, type CommandContext } from './transaction';

/** A person changes their own password; every other session of theirs ends. */
export async function changeOwnPassword(ctx: CommandContext, signedIn: SignedIn, currentPassword: string, newPassword: string): Promise<void> {
  const user = await findUser(ctx.db, signedIn.user.id);
  if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
    throw badRequest('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng.', [{ field: 'currentPassword', message: 'Không đúng' }]);
  }
  if (currentPassword === newPassword) {
    throw badRequest('SAME_PASSWORD', 'Mật khẩu mới phải khác mật khẩu hiện tại.', [{ field: 'newPassword', message: 'Trùng mật khẩu cũ' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(ctx, async (tx) => {
    await updateUser(tx.db, user.id, { password_hash: passwordHash, password_changed_at: nowIso() });
    await deleteSessionsOf(tx.db, user.id, signedIn.sessionId);
    const first = signedIn.grants[0];
    await tx.audit({
      organization: first ? { id: first.organizationId, path: first.organizationPath } : null,
      action: 'user.change_password',
      entityType: 'user',
      entityId: user.id,
      summary: `${user.username} đổi mật khẩu`,
    });
  });
}
