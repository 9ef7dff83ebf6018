import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../../src/db/database';

/**
 * Tables that a refused request may legitimately touch: a session's last-seen time, the login failure
 * count, the audit trail of refusals, the rate limiter, and on PostgreSQL the data version, which counts those
 * writes too (migration 0021). Everything else must be byte-for-byte unchanged.
 */
export const VOLATILE_TABLES = ['sessions', 'login_throttle', 'login_backoff', 'audit_log', 'data_version', 'kysely_migration', 'kysely_migration_lock'];

async function tableNames(store: Store): Promise<string[]> {
  if (store.kind === 'sqlite') {
    const result = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(store.db);
    return result.rows.map((r) => r.name);
  }
  const result = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(store.db);
  return result.rows.map((r) => r.name);
}

/**
 * One hash of every row of every table but the volatile ones (or those named in `exclude`), rows ordered by
 * their whole content so the hash does not depend on the physical order. Compare before and after an attack:
 * equal hashes mean nothing was written.
 */
export async function databaseChecksum(store: Store, options: { exclude?: string[] } = {}): Promise<string> {
  const skip = new Set([...VOLATILE_TABLES, ...(options.exclude ?? [])]);
  const hash = createHash('sha256');
  for (const table of await tableNames(store)) {
    if (skip.has(table)) continue;
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db);
    const rows = result.rows.map((row) => JSON.stringify(row, (_key, value) => (value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? String(value) : Buffer.isBuffer(value) ? value.toString('base64') : value))).sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}
