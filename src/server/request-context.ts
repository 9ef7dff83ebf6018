import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/actor';
import type { AuditContext } from '../db/repositories/audit';
import type { GrantRow, UserRow } from '../db/repositories/users';
import type { ApiKeyScope } from '../shared/schemas/api-keys';
import { unauthenticated } from './errors';

/** The key another system called with (issue 18): it acts through its own account, `SignedIn.user`. */
export type CallingKey = { id: string; name: string; scope: ApiKeyScope; prefix: string; organizationId: string; organizationPath: string; requestsPerMinute: number };

/** The signed-in person behind a request, or the account of the API key a system called with (then no session). */
export type SignedIn = { actor: Actor; user: UserRow; grants: GrantRow[]; sessionId: string | null; apiKey?: CallingKey };

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
  }
}

export function requireSignedIn(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw unauthenticated();
  return request.signedIn;
}

export function auditContext(request: FastifyRequest): AuditContext {
  const s = request.signedIn;
  return {
    actor: s ? { id: s.user.id, username: s.user.username, fullName: s.user.full_name } : null,
    requestId: String(request.id),
    ip: request.ip ?? null,
  };
}
