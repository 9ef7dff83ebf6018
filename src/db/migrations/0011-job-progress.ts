import type { Kysely } from 'kysely';

/**
 * Jobs people wait for (exports): how far they have got, who asked and for which organisation, and the
 * file they produced under DATA_DIR/exports until it expires. One column per statement: SQLite adds
 * columns one at a time.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const columns: [string, 'text' | 'integer'][] = [
    ['progress_total', 'integer'],
    ['progress_note', 'text'],
    ['requested_by', 'text'],
    ['organization_id', 'text'],
    ['result_key', 'text'],
    ['result_name', 'text'],
    ['result_type', 'text'],
    ['expires_at', 'text'],
  ];
  await db.schema.alterTable('jobs').addColumn('progress_done', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  for (const [name, type] of columns) await db.schema.alterTable('jobs').addColumn(name, type).execute();
  // "My recent exports", newest first (ids are UUID v7, ordered by time).
  await db.schema.createIndex('jobs_requested_by_idx').on('jobs').columns(['requested_by', 'id']).execute();
  // The sweep of expired result files.
  await db.schema.createIndex('jobs_expires_at_idx').on('jobs').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('jobs_expires_at_idx').execute();
  await db.schema.dropIndex('jobs_requested_by_idx').execute();
  for (const name of ['expires_at', 'result_type', 'result_name', 'result_key', 'organization_id', 'requested_by', 'progress_note', 'progress_total', 'progress_done']) {
    await db.schema.alterTable('jobs').dropColumn(name).execute();
  }
}
