import { nowIso } from '../../db/ids';
import { clearThrottle, deleteSessionsOf } from '../../db/repositories/sessions';
import { findUser, updateUser } from '../../db/repositories/users';
import { countFailure, lockedMinutes } from '../auth/failure-lock';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { AppError, badRequest } from '../errors';
import type { SignedIn } from '../request-context';
import { inTransaction, type CommandContext } from './transaction';

const tooManyWrong = (minutes: number) =>
  new AppError(429, 'ACCOUNT_LOCKED', `Nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`);

/**
 * A person changes their own password; every other session of theirs ends. A wrong current password
 * counts towards the same per-name lock as a failed sign-in, so a borrowed session cannot guess it.
 */
export async function changeOwnPassword(ctx: CommandContext, signedIn: SignedIn, currentPassword: string, newPassword: string): Promise<void> {
  const now = new Date();
  const user = await findUser(ctx.db, signedIn.user.id);
  if (!user) throw badRequest('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng.', [{ field: 'currentPassword', message: 'Không đúng' }]);
  const locked = await lockedMinutes(ctx.db, user.username, now);
  if (locked !== null) throw tooManyWrong(locked);
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    const lockedMeanwhile = await countFailure(ctx.db, user.username, now);
    if (lockedMeanwhile !== null) throw tooManyWrong(lockedMeanwhile);
    throw badRequest('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng.', [{ field: 'currentPassword', message: 'Không đúng' }]);
  }
  if (currentPassword === newPassword) {
    throw badRequest('SAME_PASSWORD', 'Mật khẩu mới phải khác mật khẩu hiện tại.', [{ field: 'newPassword', message: 'Trùng mật khẩu cũ' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(ctx, async (tx) => {
    await updateUser(tx.db, user.id, { password_hash: passwordHash, password_changed_at: nowIso() });
    await deleteSessionsOf(tx.db, user.id, signedIn.sessionId);
    await clearThrottle(tx.db, user.username);
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
