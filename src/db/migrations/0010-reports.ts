import type { Kysely } from 'kysely';

/** Periodic reports sent up the tree (SPEC §2.10) and the history of their moves. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('sections_json', 'text', (c) => c.notNull())
    .addColumn('texts_json', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('number', 'integer')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('compiled_at', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('return_comment', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reports_period_unique_idx').unique().on('reports').columns(['organization_id', 'period', 'year', 'from_date', 'to_date']).execute();
  await db.schema.createIndex('reports_parent_idx').on('reports').columns(['parent_id', 'year', 'period']).execute();
  await db.schema
    .createTable('report_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('report_events_report_idx').on('report_events').columns(['report_id', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_events').execute();
  await db.schema.dropTable('reports').execute();
}
