import type { Kysely } from 'kysely';

/**
 * Plans, their versions, the yearly number register of each body, tasks (the appendix rows) and the
 * occurrences tasks expand into. The text of a plan (bases, sections, targets, recipients) is one JSON
 * document edited as a whole; tasks are rows because occurrences and progress hang on them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('parent_plan_id', 'text', (c) => c.references('plans.id'))
    .addColumn('previous_plan_id', 'text', (c) => c.references('plans.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'integer')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('place_name', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_folded', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('signing_authority', 'text')
    .addColumn('signer_title', 'text')
    .addColumn('signer_name', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plans_org_year_idx').on('plans').columns(['organization_id', 'year']).execute();
  await db.schema.createIndex('plans_parent_idx').on('plans').column('parent_plan_id').execute();

  await db.schema
    .createTable('plan_versions')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_versions_pk', ['plan_id', 'version'])
    .execute();

  await db.schema
    .createTable('document_number_registers')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('document_kind', 'text', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_number_registers_pk', ['organization_id', 'year', 'document_kind'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('parent_task_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_folded', 'text', (c) => c.notNull())
    .addColumn('reform_area', 'text', (c) => c.notNull())
    .addColumn('lead_json', 'text')
    .addColumn('coordinators_json', 'text', (c) => c.notNull())
    .addColumn('deadline_text', 'text', (c) => c.notNull())
    .addColumn('schedule_json', 'text')
    .addColumn('output_text', 'text')
    .addColumn('output_kind', 'text')
    .addColumn('note', 'text')
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tasks_plan_idx').on('tasks').columns(['plan_id', 'position']).execute();

  await db.schema
    .createTable('occurrences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('due', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('detached_at', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('occurrences_task_idx').on('occurrences').columns(['task_id', 'organization_id', 'period_start']).execute();
  await db.schema.createIndex('occurrences_org_due_idx').on('occurrences').columns(['organization_id', 'due']).execute();
  await db.schema.createIndex('occurrences_plan_idx').on('occurrences').column('plan_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['occurrences', 'tasks', 'document_number_registers', 'plan_versions', 'plans']) await db.schema.dropTable(table).execute();
}
