import type { Kysely } from 'kysely';

/** Each occurrence's history (updates, submissions, reviews) and the dates lateness is judged by. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('occurrences').addColumn('submitted_on', 'text').execute();
  await db.schema.alterTable('occurrences').addColumn('completed_on', 'text').execute();
  await db.schema
    .createTable('occurrence_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('occurrence_id', 'text', (c) => c.notNull().references('occurrences.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('occurrence_events_occurrence_idx').on('occurrence_events').columns(['occurrence_id', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('occurrence_events').execute();
  await db.schema.alterTable('occurrences').dropColumn('completed_on').execute();
  await db.schema.alterTable('occurrences').dropColumn('submitted_on').execute();
}
