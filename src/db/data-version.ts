import { sql } from 'kysely';
import type { Db } from './database';
import { dialectOf } from './dialect';

/**
 * A text that changes whenever committed data may have changed, read in one small query; equal texts
 * mean nothing was written in between, by this process or any other.
 * - SQLite: the rows this connection has changed (`total_changes()`, which counts every write of the
 *   server's one connection) and `data_version` (which moves when another connection commits: a CLI
 *   command, a restore).
 * - PostgreSQL: the current snapshot (`xmin:xmax:in-progress ids`): a transaction that writes gets an id,
 *   and its start and its end both change the snapshot, whichever process made it. A read-only
 *   transaction gets no id, so reads never change it.
 */
export async function dataVersion(db: Db): Promise<string> {
  if (dialectOf(db) === 'sqlite') {
    const { rows } = await sql<{ v: string }>`select total_changes() || ':' || (select data_version from pragma_data_version) as v`.execute(db);
    return rows[0]!.v;
  }
  const { rows } = await sql<{ v: string }>`select pg_current_snapshot()::text as v`.execute(db);
  return rows[0]!.v;
}
