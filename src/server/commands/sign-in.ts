import type { Db } from '../../db/database';
import { insertAudit, type AuditContext } from '../../db/repositories/audit';
import { sourceOfAddress } from '../../domain/auth/login-throttle';
import { admitSignIn, signInSucceeded } from '../auth/failure-lock';
import { findUserByUsername, grantsOf, type UserRow } from '../../db/repositories/users';
import { dummyPasswordHash, verifyPassword } from '../auth/passwords';
import { createSession } from '../auth/sessions';
import { AppError } from '../errors';

const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
const accountLocked = (minutes: number) =>
  new AppError(429, 'ACCOUNT_LOCKED', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`, { retryAfterSeconds: minutes * 60 });
const loginSlowed = (seconds: number) =>
  new AppError(429, 'LOGIN_SLOWED', `Tài khoản này vừa bị thử mật khẩu sai nhiều lần từ nhiều nơi. Để bảo vệ tài khoản, vui lòng thử lại sau ${seconds} giây.`, {
    retryAfterSeconds: seconds,
  });

/**
 * A failed sign-in on an existing account goes into its body's audit trail (who tried is unknown: no
 * actor; the address is kept), so its admin sees guessing. The throttle bounds how many such rows an
 * attacker can write; guesses at names that do not exist reach only the request log.
 */
async function auditFailure(
  db: Db,
  user: UserRow,
  grant: { organizationId: string; organizationPath: string } | undefined,
  meta: { ip: string | null; requestId: string },
  reason: string,
): Promise<void> {
  await insertAudit(db, { actor: null, requestId: meta.requestId, ip: meta.ip }, {
    organization: grant ? { id: grant.organizationId, path: grant.organizationPath } : null,
    action: 'auth.sign_in_failed',
    entityType: 'user',
    entityId: user.id,
    summary: `Đăng nhập không thành công vào tài khoản ${user.username} (${reason})`,
  });
}

/**
 * Checks a user name and password and opens a session. The answer for a wrong name and a wrong
 * password is the same. Each attempt is counted before the password is checked (decision 0019): per
 * name and client address (5 wrong in 15 minutes lock that address out for 15 minutes) and, unless the
 * name signed in from that address lately, per name from everywhere (a growing wait of at most a minute).
 */
export async function signIn(
  db: Db,
  input: { username: string; password: string },
  meta: { ip: string | null; userAgent: string | null; requestId: string; sessionHours: number },
): Promise<{ user: UserRow; token: string; expiresAt: Date }> {
  const now = new Date();
  const source = sourceOfAddress(meta.ip);
  const admission = await admitSignIn(db, input.username, source, now);
  if (admission.kind === 'locked') throw accountLocked(admission.minutes);
  if (admission.kind === 'waiting') throw loginSlowed(admission.seconds);
  const user = await findUserByUsername(db, input.username);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  // A wrong guess stays counted; a right password gives its attempt back.
  if (!user) throw invalidCredentials();
  const grants = (await grantsOf(db, [user.id])).get(user.id) ?? [];
  if (!ok || user.disabled_at) {
    await auditFailure(db, user, grants[0], meta, ok ? 'tài khoản đã bị khóa' : 'sai mật khẩu');
    throw invalidCredentials();
  }
  await signInSucceeded(db, input.username, source, admission, now);
  if (grants.length === 0) throw new AppError(403, 'NO_ROLE', 'Tài khoản chưa được phân vai trò ở đơn vị nào đang hoạt động. Hãy liên hệ quản trị viên.');
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
