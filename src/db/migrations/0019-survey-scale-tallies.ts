import { sql, type Kysely } from 'kysely';

/**
 * Day tallies of survey scale answers (issue 17). A department of health's satisfaction rate over a
 * province's year read 4 million answer rows (5 s, the whole process waiting on SQLite); the tallies
 * hold the same counts per survey, day and SIPAS aspect, about 1 800 rows a survey-year, and are kept
 * by the same transaction that records an answer sheet. The raw answers stay for per-question charts.
 *
 * `aspect` is '' for a question outside SIPAS's aspects, so the key can be a primary key on both
 * databases (a null never conflicts with itself in a unique key).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('survey_scale_tallies')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .addColumn('aspect', 'text', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('satisfied', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_scale_tallies_pk', ['survey_id', 'answered_on', 'aspect'])
    .execute();
  // Covering: a body's year is read from the index alone.
  await db.schema.createIndex('survey_scale_tallies_org_idx').on('survey_scale_tallies').columns(['organization_id', 'answered_on', 'aspect', 'answered', 'satisfied']).execute();
  await sql`
    insert into survey_scale_tallies (survey_id, organization_id, answered_on, aspect, answered, satisfied)
    select survey_id, organization_id, answered_on, coalesce(aspect, ''), count(*), sum(case when point >= 4 then 1 else 0 end)
    from survey_scale_answers
    group by survey_id, organization_id, answered_on, coalesce(aspect, '')
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('survey_scale_tallies').execute();
}
