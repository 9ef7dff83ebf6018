import type { Kysely } from 'kysely';

/** Yearly index results entered by hand (SPEC §2.9): value, rank "06/63", target and source. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('index_results')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    /** Scores are kept as text ("89.52") so both databases hold them exactly. */
    .addColumn('value', 'text')
    .addColumn('rank', 'integer')
    .addColumn('rank_of', 'integer')
    .addColumn('target_value', 'text')
    .addColumn('target_rank', 'integer')
    .addColumn('source', 'text')
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('index_results_unique_idx').unique().on('index_results').columns(['organization_id', 'kind', 'scope', 'year']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('index_results').execute();
}
