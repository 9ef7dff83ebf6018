import type { Db } from '../../db/database';
import { insertAudit, type AuditContext } from '../../db/repositories/audit';
import { clearThrottle } from '../../db/repositories/sessions';
import { countFailure, lockedMinutes } from '../auth/failure-lock';
import { findUserByUsername, grantsOf, type UserRow } from '../../db/repositories/users';
import { dummyPasswordHash, verifyPassword } from '../auth/passwords';
import { createSession } from '../auth/sessions';
import { AppError } from '../errors';

const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
const accountLocked = (minutes: number) => new AppError(429, 'ACCOUNT_LOCKED', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`);

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
  const locked = await lockedMinutes(db, input.username, now);
  if (locked !== null) throw accountLocked(locked);
  const user = await findUserByUsername(db, input.username);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok || user.disabled_at) {
    // Counted in one statement: parallel attempts cannot all read the same old count.
    const lockedMeanwhile = await countFailure(db, input.username, now);
    throw lockedMeanwhile === null ? invalidCredentials() : accountLocked(lockedMeanwhile);
  }
  const grants = (await grantsOf(db, [user.id])).get(user.id) ?? [];
  if (grants.length === 0) throw new AppError(403, 'NO_ROLE', 'Tài khoản chưa được phân vai trò ở đơn vị nào đang hoạt động. Hãy liên hệ quản trị viên.');
  await clearThrottle(db, input.username);
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
