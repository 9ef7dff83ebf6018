import type { FastifyInstance } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/database';
import { dataVersion } from '../../db/data-version';
import { findUser, grantsOf } from '../../db/repositories/users';
import { resolveSession, SESSION_COOKIE, SESSION_RECHECK_MS } from '../auth/sessions';
import type { SignedIn } from '../request-context';

declare module 'fastify' {
  interface FastifyRequest {
    /** The data version read as the request came in (src/db/data-version.ts), for the view cache. */
    dataVersion?: string;
  }
}

type Checked = { version: string; signedIn: SignedIn; expiresAt: number; seenAt: number };

/**
 * Reads the session cookie on every API request and attaches the signed-in person, or null.
 * Routes that need a person call requireSignedIn(); nothing here rejects a request.
 *
 * Reading the session, the person and their grants is three queries; a person's next request reuses
 * the answer while nothing at all has been written since (the data version, read first), the session
 * has not expired and is not due to slide (which writes). Signing out, a disabled account, a changed
 * role: each is a write, so the next request reads everything again.
 */
export function registerAuthentication(app: FastifyInstance, db: Db, sessionHours: number): void {
  const checked = new LRUCache<string, Checked>({ max: 20_000 });
  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const version = await dataVersion(db);
    request.dataVersion = version;
    const now = Date.now();
    const kept = checked.get(token);
    if (kept && kept.version === version && now < kept.expiresAt && now - kept.seenAt <= SESSION_RECHECK_MS) {
      request.signedIn = kept.signedIn;
      return;
    }
    const session = await resolveSession(db, token, sessionHours);
    if (!session) return;
    const user = await findUser(db, session.userId);
    if (!user || user.disabled_at) return;
    const grants = (await grantsOf(db, [user.id])).get(user.id) ?? [];
    request.signedIn = {
      actor: { userId: user.id, username: user.username, grants },
      user,
      grants,
      sessionId: session.id,
    };
    // Kept under the version read before the session was read: a write in between is never hidden.
    checked.set(token, { version, signedIn: request.signedIn, expiresAt: session.expiresAt, seenAt: session.seenAt });
  });
}
