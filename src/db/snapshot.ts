import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Db, DatabaseKind, Store } from './database';
import { dialectOf } from './dialect';
import { runPostgresTool } from './postgres-tools';
import { listStoredFileKeys } from './repositories/stored-files';
import type { Database } from './schema';

/** What a consistent copy of the database holds, read inside the very snapshot that was copied. */
export type DatabaseSnapshot = {
  kind: DatabaseKind;
  /** The newest migration applied ('none' for a database never migrated). */
  migration: string;
  /** Rows in every table. */
  tables: Record<string, number>;
  /** Every key under DATA_DIR/files a row names, sorted. */
  fileKeys: string[];
};

/** Every table of the application's schema, by name. */
export async function tableNames(db: Db): Promise<string[]> {
  if (dialectOf(db) === 'sqlite') {
    const result = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
    return result.rows.map((r) => r.name);
  }
  const result = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return result.rows.map((r) => r.name);
}

/** The number of rows in every table. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(db)) {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(result.rows[0]!.n);
  }
  return counts;
}

async function latestMigration(db: Db, tables: Record<string, number>): Promise<string> {
  if (!('kysely_migration' in tables)) return 'none';
  const result = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return result.rows[0]?.name ?? 'none';
}

async function describe(db: Db): Promise<DatabaseSnapshot> {
  const tables = await countRows(db);
  const fileKeys = 'media_files' in tables ? [...(await listStoredFileKeys(db))].sort() : [];
  return { kind: dialectOf(db), migration: await latestMigration(db, tables), tables, fileKeys };
}

/**
 * Writes a consistent copy of the database to `target` while the server keeps writing, and describes it.
 * SQLite: the online backup API, into a single self-contained file. PostgreSQL: pg_dump (custom format) in a
 * snapshot exported from a repeatable-read transaction, in which the row counts and file keys are read too,
 * so the description matches the dump exactly.
 */
export async function snapshotDatabase(store: Store, target: string): Promise<DatabaseSnapshot> {
  if (store.kind === 'sqlite') {
    if (!store.sqlite) throw new Error('Thiếu kết nối SQLite để sao lưu.');
    // One step copies every page inside one read transaction: a consistent picture however busy the server is.
    // (Step by step, each write by another connection, another process's above all, would start the copy over.)
    await store.sqlite.backup(target, { progress: () => 0x7fffffff });
    return withSqliteFile(target, describe);
  }
  if (!store.databaseUrl) throw new Error('Thiếu địa chỉ PostgreSQL để sao lưu.');
  const url = store.databaseUrl;
  return store.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(tx);
      const dump = runPostgresTool('pg_dump', url, ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0]!.id}`, `--file=${target}`]);
      const [described] = await Promise.all([describe(tx), dump]);
      return described;
    });
}

/**
 * Opens a SQLite file that is not the live database (a snapshot, a file being restored) as a self-contained
 * file: rollback journal rather than WAL, so it stays one file, then runs `fn` on it.
 */
export async function withSqliteFile<T>(file: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const raw = new BetterSqlite3(file, { fileMustExist: true });
  raw.pragma('journal_mode = DELETE');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

/** SQLite's own check of a file: 'ok', or what is wrong. */
export function sqliteIntegrity(file: string): string {
  const raw = new BetterSqlite3(file, { fileMustExist: true, readonly: true });
  try {
    const rows = raw.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    raw.close();
  }
}

/** Describes a database file or server as a restore left it, for comparison with the archive's manifest. */
export async function describeDatabase(db: Db): Promise<DatabaseSnapshot> {
  return describe(db);
}

/** Loads a pg_dump archive into the (empty) database of `url`, all or nothing. */
export async function restorePostgresDump(url: string, dumpFile: string): Promise<void> {
  await runPostgresTool('pg_restore', url, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', dumpFile]);
}
