import type { FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/database';
import { findApiKeyByPrefix, type ApiKeyView } from '../../db/repositories/api-keys';
import { findUser, type GrantRow } from '../../db/repositories/users';
import type { Role } from '../../shared/roles';
import type { ApiKeyScope } from '../../shared/schemas/api-keys';
import { AppError } from '../errors';
import type { SignedIn } from '../request-context';
import { parseApiKeyToken, secretMatches } from './api-key-tokens';

/** The role a key's scope acts with at its body (src/shared/schemas/api-keys.ts says why these two). */
const ROLE_OF_SCOPE: Record<ApiKeyScope, Role> = { read: 'viewer', write: 'coordinator' };

export const invalidApiKey = () => new AppError(401, 'INVALID_API_KEY', 'Khóa API không đúng, đã bị thu hồi hoặc đơn vị của khóa đã ngừng hoạt động.');

/** A key past its requests of the minute; `retryAfterSeconds` becomes the Retry-After header. */
export const keyOverRate = (max: number, seconds: number) =>
  new AppError(429, 'RATE_LIMITED', `Khóa API đã dùng hết ${max} yêu cầu mỗi phút. Vui lòng thử lại sau ${seconds} giây.`, { retryAfterSeconds: seconds });

/**
 * The key a request presents: `Authorization: Bearer cchc_…` (the usual form) or `X-API-Key: cchc_…`.
 * Undefined when it presents none; a request that presents one is judged by it alone, never by a cookie.
 */
export function presentedApiKey(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  // Only the Bearer scheme is ours: a proxy's Basic sign-in in front of the app passes its header on to us.
  if (authorization !== undefined && /^Bearer\b/i.test(authorization)) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError(401, 'INVALID_API_KEY', 'Tiêu đề Authorization phải có dạng «Bearer <khóa API>».');
    return match[1];
  }
  const header = request.headers['x-api-key'];
  return Array.isArray(header) ? header[0] : header;
}

type Checked = { version: string; signedIn: SignedIn };

/**
 * Finds who a key acts as, kept per key while nothing has been written (the data version): revoking a key,
 * retiring its body, is a write, so the next request reads it again. Wrong keys are never kept.
 */
export function apiKeyResolver(db: Db): (token: string, version: string) => Promise<SignedIn> {
  const checked = new LRUCache<string, Checked>({ max: 2_000 });
  return async (token, version) => {
    const kept = checked.get(token);
    if (kept && kept.version === version) return kept.signedIn;
    const parts = parseApiKeyToken(token);
    const key = parts && (await findApiKeyByPrefix(db, parts.prefix));
    if (!parts || !key || !secretMatches(key.secret_hash, parts.secret) || key.revoked_at || key.organization_retired_at) throw invalidApiKey();
    const user = await findUser(db, key.user_id);
    if (!user) throw invalidApiKey();
    const grants = [grantOf(key)];
    const signedIn: SignedIn = {
      actor: { userId: user.id, username: user.username, grants },
      user,
      grants,
      sessionId: null,
      apiKey: {
        id: key.id,
        name: key.name,
        scope: key.scope as ApiKeyScope,
        prefix: key.prefix,
        organizationId: key.organization_id,
        organizationPath: key.organization_path,
        requestsPerMinute: key.requests_per_minute,
      },
    };
    checked.set(token, { version, signedIn });
    return signedIn;
  };
}

/** A key's one grant: its scope's role at its body (a key is only ever made for a body). */
function grantOf(key: ApiKeyView): GrantRow {
  return {
    role: ROLE_OF_SCOPE[key.scope as ApiKeyScope],
    organizationId: key.organization_id,
    organizationPath: key.organization_path,
    organizationCode: key.organization_code,
    organizationName: key.organization_name,
    organizationKind: key.organization_kind,
    bodyId: key.body_id,
    bodyPath: key.organization_path,
    bodyCode: key.organization_code,
    bodyName: key.organization_name,
    bodyKind: key.organization_kind,
  };
}
