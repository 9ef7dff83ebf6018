import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import { withStatementCache } from './statement-cache';
import { readDataVersionDirectly, SQLITE_DATA_VERSION } from './data-version';
import type { Database } from './schema';

export type DatabaseKind = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Store = {
  db: Db;
  kind: DatabaseKind;
  close: () => Promise<void>;
  /** SQLite only: the connection itself, for the online backup API (src/db/snapshot.ts). */
  sqlite?: BetterSqlite3.Database;
  /** PostgreSQL only: the server's address, for pg_dump (src/db/snapshot.ts). */
  databaseUrl?: string;
};

/**
 * Opens the embedded SQLite file or a PostgreSQL server. SQLite runs in WAL mode with
 * synchronous=FULL: a transaction that returned is on disk even if the machine loses power.
 */
export function openStore(options: { databaseUrl?: string; sqliteFile: string }): Store {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server drops (restart, idle timeout) is an 'error' on the pool; unheard,
    // Node would end the whole process. The pool replaces the connection on the next query.
    pool.on('error', (error) => console.error(JSON.stringify({ level: 'error', msg: 'PostgreSQL idle connection lost', error: error.message })));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy(), databaseUrl: options.databaseUrl };
  }
  if (options.sqliteFile !== ':memory:') mkdirSync(dirname(options.sqliteFile), { recursive: true });
  const sqlite = new BetterSqlite3(options.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const version = sqlite.prepare(SQLITE_DATA_VERSION).pluck();
  readDataVersionDirectly(db, () => String(version.get()));
  return { db, kind: 'sqlite', close: () => db.destroy(), sqlite };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every pending migration; answers the name of the newest one applied. */
export async function migrateToLatest(db: Db): Promise<string> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const failed = results?.find((r) => r.status === 'Error');
  if (failed) throw new Error(`Migration ${failed.migrationName} failed`);
  return currentMigration(db);
}

export async function currentMigration(db: Db): Promise<string> {
  const all = await new Migrator({ db, provider }).getMigrations();
  return all.filter((m) => m.executedAt).at(-1)?.name ?? 'none';
}
