import { sql, type Kysely } from 'kysely';
import { unwatchTable, watchTable } from './data-version-triggers';
import { isPostgres } from './migration-dialect';

/**
 * A data version of this database alone (issue 17), for the view cache and the session check on
 * PostgreSQL. Its snapshot (`pg_current_snapshot()`, used before) belongs to the whole server: another
 * database's writes, and the start as well as the end of every writing transaction, moved it, and on the
 * generated province a write five times a second kept every view from being kept at all. Here one row
 * counts the committed writing statements of this database; readers see a new count only at commit.
 * SQLite keeps its own version (the connection's count of changes) and has no triggers.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('data_version').values({ id: 1, n: 0 }).execute();
  if (!isPostgres(db)) return;
  await sql.raw(`create function bump_data_version() returns trigger language plpgsql as $$ begin update data_version set n = n + 1 where id = 1; return null; end $$`).execute(db);
  for (const table of await tablesOf(db)) await watchTable(db, table);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of await tablesOf(db)) await unwatchTable(db, table);
    await sql.raw('drop function bump_data_version()').execute(db);
  }
  await db.schema.dropTable('data_version').execute();
}

async function tablesOf(db: Kysely<any>): Promise<string[]> {
  const result = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return result.rows.map((r) => r.name);
}
