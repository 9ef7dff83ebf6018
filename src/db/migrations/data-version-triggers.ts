import { sql, type Kysely } from 'kysely';
import { isPostgres } from './migration-dialect';

/**
 * Tables whose writes do not change what any view shows, so they leave the data version alone: the job
 * queue (every process's worker polls it), the version itself, the per-body work versions (written only by
 * triggers of statements already counted) and the migrations' own tables.
 */
export const UNWATCHED_TABLES = ['jobs', 'data_version', 'work_versions', 'kysely_migration', 'kysely_migration_lock'];

/**
 * PostgreSQL: every statement writing `table` first moves the data version (src/db/data-version.ts), before
 * it takes any row lock, so writers take the version's row in the same order and cannot deadlock on it. A
 * migration that creates a table calls this for it; `tests/api/data-version.test.ts` checks none is missed.
 * SQLite needs none: its version is the connection's own count of changes.
 */
export async function watchTable(db: Kysely<any>, table: string): Promise<void> {
  if (!isPostgres(db) || UNWATCHED_TABLES.includes(table)) return;
  await sql.raw(`create trigger ${table}_data_version before insert or update or delete on ${table} for each statement execute function bump_data_version()`).execute(db);
}

export async function unwatchTable(db: Kysely<any>, table: string): Promise<void> {
  if (!isPostgres(db) || UNWATCHED_TABLES.includes(table)) return;
  await sql.raw(`drop trigger if exists ${table}_data_version on ${table}`).execute(db);
}
