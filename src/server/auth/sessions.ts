import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database';
import { nowIso } from '../../db/ids';
import { deleteSession, findSession, insertSession, touchSession } from '../../db/repositories/sessions';

export const SESSION_COOKIE = 'cchc_session';
/** However active a session stays, it ends this long after sign-in. */
const ABSOLUTE_DAYS = 30;
/** Sliding the expiry writes to the database, so do it at most this often per session. */
const TOUCH_EVERY_MS = 5 * 60_000;

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, userId: string, hours: number, meta: { ip: string | null; userAgent: string | null }): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await insertSession(db, {
    id: sessionId(token),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
    last_seen_at: now.toISOString(),
    ip: meta.ip,
    user_agent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/** How long a session's check may be reused without reading it again (its expiry still checked): no write falls in between. */
export const SESSION_RECHECK_MS = TOUCH_EVERY_MS;

/**
 * The user id behind a cookie token, or null when the session is unknown or over. Slides the expiry.
 * `expiresAt` and `seenAt` (ms) say until when the answer holds without reading the session again.
 */
export async function resolveSession(db: Db, token: string, hours: number): Promise<{ id: string; userId: string; expiresAt: number; seenAt: number } | null> {
  const id = sessionId(token);
  const session = await findSession(db, id);
  if (!session) return null;
  const now = new Date();
  if (new Date(session.expires_at) <= now) {
    await deleteSession(db, id);
    return null;
  }
  if (now.getTime() - new Date(session.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    const cap = new Date(session.created_at).getTime() + ABSOLUTE_DAYS * 86_400_000;
    const slid = new Date(Math.min(now.getTime() + hours * 3_600_000, cap)).toISOString();
    await touchSession(db, id, nowIso(), slid);
    return { id, userId: session.user_id, expiresAt: new Date(slid).getTime(), seenAt: now.getTime() };
  }
  return { id, userId: session.user_id, expiresAt: new Date(session.expires_at).getTime(), seenAt: new Date(session.last_seen_at).getTime() };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await deleteSession(db, sessionId(token));
}
