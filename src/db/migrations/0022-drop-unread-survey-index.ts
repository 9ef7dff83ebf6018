import type { Kysely } from 'kysely';

/**
 * The index of scale answers by body and day served the satisfaction figures until migration 0019 made
 * them sums of day tallies. Nothing reads answers that way any more (a survey's charts go by survey and
 * question), and keeping the index cost a third of the time of writing a province's 11,7 million answers.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('survey_scale_answers_org_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('survey_scale_answers_org_idx').on('survey_scale_answers').columns(['organization_id', 'answered_on']).execute();
}
