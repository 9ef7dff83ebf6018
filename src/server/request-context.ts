import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/actor';
import type { AuditContext } from '../db/repositories/audit';
import type { GrantRow, UserRow } from '../db/repositories/users';
import { unauthenticated } from './errors';

/** The signed-in person behind a request. */
export type SignedIn = { actor: Actor; user: UserRow; grants: GrantRow[]; sessionId: string };

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
