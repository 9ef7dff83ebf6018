import type { Kysely } from 'kysely';

/**
 * CCHC scoring rounds (SPEC §2.12, issue 16). A department of health opens a round on one of its criteria
 * sets for some of its bodies, with a self-assessment deadline and a review deadline, and names the
 * reviewers (tổ thẩm định). Each body's assessment holds its scores per scored criterion (a leaf of the
 * set, by code), the evidence for each, and every change of a score with who, when, from, to and why.
 *
 * Points are kept as whole hundredths (`*_centi`): a set's points have at most two decimals, and integers
 * add up the same on SQLite and PostgreSQL, where a float column would print 1.1 as 1.10000002.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessment_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The department of health that opens the round and publishes its result. */
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('criteria_set_id', 'text', (c) => c.notNull().references('assessment_criteria_sets.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** Last day (in Vietnam) a body may submit or withdraw its self-assessment. */
    .addColumn('self_deadline', 'text', (c) => c.notNull())
    /** Last day reviewers may change a score and a body may answer a change. */
    .addColumn('review_deadline', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessment_rounds_body_set', ['organization_id', 'criteria_set_id'])
    .execute();

  await db.schema
    .createTable('assessment_round_reviewers')
    .addColumn('round_id', 'text', (c) => c.notNull().references('assessment_rounds.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('assessment_round_reviewers_pk', ['round_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('assessment_rounds.id'))
    /** The body assessed. */
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    /** 'draft' | 'submitted' */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    /** Reopened by a reviewer after the self-assessment deadline: the body may change and submit it again once. */
    .addColumn('reopened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessments_round_body', ['round_id', 'organization_id'])
    .execute();
  await db.schema.createIndex('assessments_by_body').on('assessments').columns(['organization_id']).execute();

  await db.schema
    .createTable('assessment_scores')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
    .addColumn('criterion_code', 'text', (c) => c.notNull())
    .addColumn('self_centi', 'integer')
    /** The body's own words: how it reached the score, or why it has no evidence. */
    .addColumn('self_note', 'text')
    .addColumn('review_centi', 'integer')
    .addColumn('review_reason', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    /** The body's one answer (giải trình) to a changed score. */
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .addColumn('answered_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_scores_pk', ['assessment_id', 'criterion_code'])
    .execute();

  await db.schema
    .createTable('assessment_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
    .addColumn('criterion_code', 'text', (c) => c.notNull())
    /** 'file' | 'link' | 'occurrence' | 'report' | 'media_item' | 'procedure' | 'figure' */
    .addColumn('source', 'text', (c) => c.notNull())
    /** The thing of the system picked (an occurrence, a report, an item, a procedure); null for a file, link or figure. */
    .addColumn('ref_id', 'text')
    /** The system figure picked ('feedback_on_time', 'survey_satisfaction', …). */
    .addColumn('figure', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    /** What the thing showed when it was picked ("Hoàn thành đúng hạn 12/03/2026", "96,5 %"). */
    .addColumn('detail', 'text')
    .addColumn('url', 'text')
    .addColumn('storage_key', 'text')
    .addColumn('media_type', 'text')
    .addColumn('size', 'integer')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessment_evidence_by_assessment').on('assessment_evidence').columns(['assessment_id', 'criterion_code']).execute();

  await db.schema
    .createTable('assessment_score_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
    .addColumn('criterion_code', 'text', (c) => c.notNull())
    /** 'self' (the body's score) | 'review' (the reviewers') */
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('from_centi', 'integer')
    .addColumn('to_centi', 'integer')
    .addColumn('reason', 'text')
    .addColumn('changed_by', 'text', (c) => c.references('users.id'))
    .addColumn('changed_by_name', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessment_score_changes_by_assessment').on('assessment_score_changes').columns(['assessment_id', 'changed_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['assessment_score_changes', 'assessment_evidence', 'assessment_scores', 'assessments', 'assessment_round_reviewers', 'assessment_rounds']) {
    await db.schema.dropTable(table).execute();
  }
}
