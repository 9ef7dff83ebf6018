import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { insertAudit, type AuditContext, type AuditEntry } from '../../db/repositories/audit';

/** What a command needs from the request: the database, who acts, and how to sign the audit entry. */
export type CommandContext = { db: Db; actor: Actor; audit: AuditContext };

export type Tx = { db: Db; audit: (entry: AuditEntry) => Promise<void> };

/**
 * Runs a write and its audit entries in one transaction: either both are committed or neither is.
 * Inside, use `tx.db` only: on SQLite the transaction holds the one connection, so a query through
 * `ctx.db` would wait for it forever.
 */
export async function inTransaction<T>(ctx: CommandContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => fn({ db: trx, audit: (entry) => insertAudit(trx, ctx.audit, entry) }));
}
