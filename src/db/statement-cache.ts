import type BetterSqlite3 from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { SqliteDatabase } from 'kysely';

/** Statements longer than this are one-off bulk writes (the generator's, an import's): not worth keeping. */
const MAX_KEPT_SQL = 4096;

/**
 * The SQLite connection as Kysely sees it, with its prepared statements kept by their text. Kysely
 * prepares every query afresh; on a kept view that answers in a fraction of a millisecond, preparing the
 * one data-version query was 7 % of the server's time. A statement another caller is still reading from
 * (`busy`, a streamed query) is never handed out twice: a fresh one is prepared instead. SQLite
 * re-prepares a kept statement by itself after a schema change.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database, max = 500): SqliteDatabase {
  const kept = new LRUCache<string, BetterSqlite3.Statement>({ max });
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      if (sql.length > MAX_KEPT_SQL) return sqlite.prepare(sql);
      const statement = kept.get(sql);
      if (statement && !statement.busy) return statement;
      const fresh = sqlite.prepare(sql);
      if (!statement) kept.set(sql, fresh);
      return fresh;
    },
  } as SqliteDatabase;
}
