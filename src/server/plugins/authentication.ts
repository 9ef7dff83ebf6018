import type { FastifyInstance } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/database';
import { dataVersion } from '../../db/data-version';
import { findUser, grantsOf } from '../../db/repositories/users';
import { resolveSession, SESSION_COOKIE, SESSION_RECHECK_MS } from '../auth/sessions';
import type { SignedIn } from '../request-context';
import { apiKeyResolver, keyOverRate, presentedApiKey } from '../auth/api-key-access';
import { ApiKeyUseLog } from '../auth/api-key-uses';
import { nowIso } from '../../db/ids';

declare module 'fastify' {
  interface FastifyInstance {
    /** The uses of API keys waiting to be written to the audit trail (tests flush it). */
    apiKeyUses: ApiKeyUseLog;
  }
  interface FastifyRequest {
    /** The data version read as the request came in (src/db/data-version.ts), for the view cache. */
    dataVersion?: string;
  }
}

type Checked = { version: string; signedIn: SignedIn; expiresAt: number; seenAt: number };

/**
 * Reads the session cookie on every API request and attaches the signed-in person, or null.
 * Routes that need a person call requireSignedIn(); nothing here rejects a request, but a wrong API key
 * (401) or a key over its rate (429).
 *
 * Reading the session, the person and their grants is three queries; a person's next request reuses
 * the answer while nothing at all has been written since (the data version, read first), the session
 * has not expired and is not due to slide (which writes). Signing out, a disabled account, a changed
 * role: each is a write, so the next request reads everything again.
 */
export function registerAuthentication(app: FastifyInstance, db: Db, sessionHours: number): void {
  const checked = new LRUCache<string, Checked>({ max: 20_000 });
  app.decorateRequest('signedIn', null);
  const resolveApiKey = apiKeyResolver(db);
  const useLog = new ApiKeyUseLog(db, (error) => app.log.error({ err: error }, 'API key uses not written'));
  app.addHook('onClose', () => useLog.close());
  app.decorate('apiKeyUses', useLog);
  // Each key's own budget of requests a minute (issue 18), counted by @fastify/rate-limit's store.
  const keyRate = app.createRateLimit({
    timeWindow: 60_000,
    keyGenerator: (request) => `api-key:${request.signedIn!.apiKey!.id}`,
    max: (request) => request.signedIn!.apiKey!.requestsPerMinute,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const apiKey = presentedApiKey(request);
    if (apiKey !== undefined) {
      const version = await dataVersion(db);
      request.dataVersion = version;
      request.signedIn = await resolveApiKey(apiKey, version);
      const rate = await keyRate(request);
      // `isAllowed` would mean an allow list, which keys have none of: every request is counted.
      if (rate.isAllowed) return;
      if (rate.isExceeded) {
        throw keyOverRate(rate.max, rate.ttlInSeconds);
      }
      reply.header('x-ratelimit-limit', String(rate.max)).header('x-ratelimit-remaining', String(rate.remaining));
      return;
    }
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
  // Every answer to a key, refusals included, goes to the audit trail.
  app.addHook('onResponse', async (request, reply) => {
    const key = request.signedIn?.apiKey;
    if (!key) return;
    const user = request.signedIn!.user;
    useLog.record({
      key,
      account: { id: user.id, username: user.username, fullName: user.full_name },
      at: nowIso(),
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      requestId: String(request.id),
      ip: request.ip ?? null,
    });
  });
}
