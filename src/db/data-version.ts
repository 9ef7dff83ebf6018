import { sql } from 'kysely';
import type { Db } from './database';
import { dialectOf } from './dialect';

/**
 * A text that changes whenever committed data may have changed, read in one small query; equal texts
 * mean nothing was written in between, by this process or any other.
 * - SQLite: the rows this connection has changed (`total_changes()`, which counts every write of the
 *   server's one connection) and `data_version` (which moves when another connection commits: a CLI
 *   command, a restore).
 * - PostgreSQL: the count in `data_version`, moved by every statement that writes a table of this
 *   database (triggers, migration 0021), whichever process made it, and seen by readers when it commits.
 *   Reads, the job queue and other databases on the same server leave it alone.
 */
export async function dataVersion(db: Db): Promise<string> {
  const direct = directReaders.get(db);
  if (direct) return direct();
  if (dialectOf(db) === 'sqlite') {
    const { rows } = await sql.raw<{ v: string }>(SQLITE_DATA_VERSION).execute(db);
    return rows[0]!.v;
  }
  const { rows } = await sql<{ v: string }>`select n::text as v from data_version where id = 1`.execute(db);
  return rows[0]!.v;
}

/** The same query as `dataVersion`'s on SQLite, in the text a connection prepares once. */
export const SQLITE_DATA_VERSION = "select total_changes() || ':' || (select data_version from pragma_data_version) as v";

/**
 * SQLite: the data version read straight from the connection's prepared statement, not through the query
 * builder. It is asked at every request (the session check): through Kysely it was a fifth of a kept view's
 * time. Set by `openStore`; a transaction's handle is another object and reads through the builder.
 */
const directReaders = new WeakMap<Db, () => string>();
export function readDataVersionDirectly(db: Db, read: () => string): void {
  directReaders.set(db, read);
}
