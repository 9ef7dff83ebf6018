import type { Kysely } from 'kysely';

/**
 * CCHC scoring (SPEC §2.12, issue 16): a body's criteria set for a year — areas → criteria → sub-criteria
 * with maximum points, guides and evidence, and the classes' score bands — kept as JSON, read and checked
 * whole by domain/assessment. One set per body and year.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessment_criteria_sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('criteria_json', 'text', (c) => c.notNull())
    .addColumn('bands_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessment_criteria_sets_body_year', ['organization_id', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('assessment_criteria_sets').execute();
}
