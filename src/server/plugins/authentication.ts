import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database';
import { findUser, grantsOf } from '../../db/repositories/users';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions';

/**
 * Reads the session cookie on every API request and attaches the signed-in person, or null.
 * Routes that need a person call requireSignedIn(); nothing here rejects a request.
 */
export function registerAuthentication(app: FastifyInstance, db: Db, sessionHours: number): void {
  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
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
  });
}
