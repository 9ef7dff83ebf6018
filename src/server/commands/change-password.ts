import { insertAudit } from '../../db/repositories/audit';
import { nowIso } from '../../db/ids';
import { deleteSessionsOf } from '../../db/repositories/sessions';
import { findUser, updateUser } from '../../db/repositories/users';
import { admitPasswordCheck, passwordCheckSucceeded } from '../auth/failure-lock';
import { weakPassword, weakPasswordReason } from '../auth/password-policy';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { AppError, badRequest } from '../errors';
import type { SignedIn } from '../request-context';
import { inTransaction, type CommandContext } from './transaction';

const tooManyWrong = (minutes: number) =>
  new AppError(429, 'ACCOUNT_LOCKED', `Nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`, { retryAfterSeconds: minutes * 60 });
const wrongPassword = () => badRequest('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng.', [{ field: 'currentPassword', message: 'Không đúng' }]);

/**
 * A person changes their own password; every other session of theirs ends. Guesses at the current
 * password are counted under the signed-in person and the `change-password` source (decision 0019):
 * 5 wrong in 15 minutes lock changing it for 15 minutes, so a borrowed session cannot guess on; a
 * stranger's failed sign-ins, counted per address, never block it.
 */
export async function changeOwnPassword(ctx: CommandContext, signedIn: SignedIn, currentPassword: string, newPassword: string): Promise<void> {
  // A key's account has no password: a system that holds a key is given a new one by the admin.
  if (!signedIn.sessionId) throw new AppError(403, 'API_KEY_NOT_ALLOWED', 'Khóa API không dùng để đổi mật khẩu.');
  const sessionId = signedIn.sessionId;
  const now = new Date();
  const user = await findUser(ctx.db, signedIn.user.id);
  if (!user) throw wrongPassword();
  // What is wrong with the new password is said before any guess is counted: it tells nothing secret.
  if (currentPassword === newPassword) {
    throw badRequest('SAME_PASSWORD', 'Mật khẩu mới phải khác mật khẩu hiện tại.', [{ field: 'newPassword', message: 'Trùng mật khẩu cũ' }]);
  }
  const weak = weakPasswordReason(newPassword, user.username);
  if (weak) throw weakPassword('newPassword', weak);
  const admission = await admitPasswordCheck(ctx.db, user.username, now);
  if (admission.kind !== 'admitted') throw tooManyWrong(admission.kind === 'locked' ? admission.minutes : 1);
  const first = signedIn.grants[0];
  const organization = first ? { id: first.organizationId, path: first.organizationPath } : null;
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    // Bounded by the lock above: at most five rows per quarter hour.
    await insertAudit(ctx.db, ctx.audit, {
      organization,
      action: 'user.change_password_failed',
      entityType: 'user',
      entityId: user.id,
      summary: `${user.username} nhập sai mật khẩu hiện tại khi đổi mật khẩu`,
    });
    throw wrongPassword();
  }
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(ctx, async (tx) => {
    await updateUser(tx.db, user.id, { password_hash: passwordHash, password_changed_at: nowIso() });
    await deleteSessionsOf(tx.db, user.id, sessionId);
    await passwordCheckSucceeded(tx.db, user.username);
    await tx.audit({
      organization,
      action: 'user.change_password',
      entityType: 'user',
      entityId: user.id,
      summary: `${user.username} đổi mật khẩu`,
    });
  });
}
