import type { FastifyRequest } from 'fastify';
import type { Store } from '../db/database';
import type { CommandContext } from './commands/transaction';
import type { Config } from './config';
import type { PdfLimit } from './http/pdf-limit';
import { auditContext, requireSignedIn } from './request-context';

/** What every route reaches through `app.deps`. */
export type Deps = { store: Store; config: Config; version: string; migration: string; pdf: PdfLimit };

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
}

/** The context a command runs in for this request; answers 401 when nobody is signed in. */
export function commandContext(request: FastifyRequest): CommandContext {
  const signedIn = requireSignedIn(request);
  return { db: request.server.deps.store.db, actor: signedIn.actor, audit: auditContext(request) };
}
