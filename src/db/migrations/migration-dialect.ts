import { PostgresAdapter, type Kysely } from 'kysely';

/** Whether a migration runs on PostgreSQL: triggers are written differently there (functions, statement level). */
export const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;
