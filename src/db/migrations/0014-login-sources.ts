import type { Kysely } from 'kysely';

/**
 * Failed sign-ins are counted per (user name, source) instead of per name, so a stranger's guesses lock
 * only the stranger's address (decision 0019); `signed_in_at` marks a source the name signed in from.
 * `login_backoff` slows guesses at one name from all sources together. The counts are short-lived, so
 * the old table is dropped rather than converted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema
    .createTable('login_throttle')
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('failed_count', 'integer', (c) => c.notNull())
    .addColumn('first_failed_at', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('signed_in_at', 'text')
    .addPrimaryKeyConstraint('login_throttle_pk', ['username', 'source'])
    .execute();
  await db.schema
    .createTable('login_backoff')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('attempt_count', 'integer', (c) => c.notNull())
    .addColumn('last_attempt_at', 'text')
    .addColumn('wait_until', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_backoff').execute();
  await db.schema.dropTable('login_throttle').execute();
  await db.schema
    .createTable('login_throttle')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('failed_count', 'integer', (c) => c.notNull())
    .addColumn('first_failed_at', 'text')
    .addColumn('locked_until', 'text')
    .execute();
}
