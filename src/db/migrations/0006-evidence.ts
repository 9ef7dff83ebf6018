import type { Kysely } from 'kysely';

/** Evidence of an occurrence's work: uploaded files (kept on disk under DATA_DIR) and links. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('occurrence_id', 'text', (c) => c.notNull().references('occurrences.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text')
    .addColumn('size', 'integer')
    .addColumn('storage_key', 'text')
    .addColumn('url', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_occurrence_idx').on('evidence').column('occurrence_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evidence').execute();
}
