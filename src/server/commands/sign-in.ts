import { afterFailure, isLocked, minutesLeft } from '../../domain/auth/login-throttle';
import type { Db } from '../../db/database';
import { insertAudit, type AuditContext } from '../../db/repositories/audit';
import { clearThrottle, findThrottle, saveThrottle } from '../../db/repositories/sessions';
import { findUserByUsername, grantsOf, type UserRow } from '../../db/repositories/users';
import { dummyPasswordHash, verifyPassword } from '../auth/passwords';
import { createSession } from '../auth/sessions';
import { AppError } from '../errors';

const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

/**
 * Checks a user name and password and opens a session. The answer for a wrong name and a wrong
 * password is the same, and both count towards the temporary lock on that name.
 */
export async function signIn(
  db: Db,
  input: { username: string; password: string },
  meta: { ip: string | null; userAgent: string | null; requestId: string; sessionHours: number },
): Promise<{ user: UserRow; token: string; expiresAt: Date }> {
  const now = new Date();
  const throttle = await findThrottle(db, input.username);
  const state = throttle && { failedCount: throttle.failed_count, firstFailedAt: throttle.first_failed_at, lockedUntil: throttle.locked_until };
  if (state && isLocked(state, now)) {
    throw new AppError(429, 'ACCOUNT_LOCKED', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutesLeft(state, now)} phút.`);
  }
  const user = await findUserByUsername(db, input.username);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok || user.disabled_at) {
    const next = afterFailure(state ?? undefined, now);
    await saveThrottle(db, { username: input.username, failed_count: next.failedCount, first_failed_at: next.firstFailedAt, locked_until: next.lockedUntil });
    throw invalidCredentials();
  }
  const grants = (await grantsOf(db, [user.id])).get(user.id) ?? [];
  if (grants.length === 0) throw new AppError(403, 'NO_ROLE', 'Tài khoản chưa được phân vai trò ở đơn vị nào đang hoạt động. Hãy liên hệ quản trị viên.');
  if (throttle) await clearThrottle(db, input.username);
  const session = await createSession(db, user.id, meta.sessionHours, meta);
  const ctx: AuditContext = { actor: { id: user.id, username: user.username, fullName: user.full_name }, requestId: meta.requestId, ip: meta.ip };
  await insertAudit(db, ctx, {
    organization: { id: grants[0]!.organizationId, path: grants[0]!.organizationPath },
    action: 'auth.sign_in',
    entityType: 'user',
    entityId: user.id,
    summary: `${user.username} đăng nhập`,
  });
  return { user, ...session };
}
