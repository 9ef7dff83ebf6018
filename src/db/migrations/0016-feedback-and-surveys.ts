import type { Kysely } from 'kysely';

/**
 * Citizens' feedback and petitions, and satisfaction surveys (SPEC §2.8, issue 14).
 *
 * A feedback item carries the citizen's contact (name, phone, e-mail, address of the sender) in its own
 * `contact_*` columns, read by one repository function only and blanked by the retention job
 * (decision 0026). `tracking_code` is the only key the citizen holds. `due_on` is fixed at receipt from
 * the body's working-day setting then, so a later change of the setting does not move old deadlines.
 *
 * A survey keeps its questionnaire as JSON (sections → questions). Each answer sheet is one
 * `survey_responses` row; its scale answers are also rows of `survey_scale_answers` so the
 * satisfaction rate per aspect and per month is one grouped query, not a parse of every sheet.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback_settings')
    .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('answer_working_days', 'integer', (c) => c.notNull())
    .addColumn('retention_months', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('feedback_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    /** 'web' (the public form), or recorded by staff from 'hotline' | 'box' | 'direct' | 'email'. */
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('procedure_id', 'text', (c) => c.references('procedures.id'))
    /** The department the citizen says it concerns (optional). */
    .addColumn('concerns_unit_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('assigned_unit_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('assigned_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answered_by_name', 'text')
    .addColumn('answer_published_at', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('closed_at', 'text')
    /** Personal data (decision 0026): only here, never selected by lists, blanked on erasure. */
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_ip', 'text')
    .addColumn('consent_at', 'text')
    .addColumn('personal_data_erased_at', 'text')
    /** The last day a reminder about this item was given: one per day at most. */
    .addColumn('reminded_on', 'text')
    .addColumn('search_folded', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_items_org_idx').on('feedback_items').columns(['organization_id', 'received_on']).execute();
  await db.schema.createIndex('feedback_items_state_idx').on('feedback_items').columns(['organization_id', 'state', 'due_on']).execute();

  await db.schema
    .createTable('feedback_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('feedback_id', 'text', (c) => c.notNull().references('feedback_items.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_events_item_idx').on('feedback_events').columns(['feedback_id', 'at']).execute();

  await db.schema
    .createTable('feedback_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('feedback_id', 'text', (c) => c.notNull().references('feedback_items.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_files_item_idx').on('feedback_files').columns(['feedback_id']).execute();

  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    /** 'sipas' when made from the SIPAS template, else null. */
    .addColumn('template', 'text')
    .addColumn('sections_json', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text')
    .addColumn('closes_on', 'text')
    /** 'draft' | 'published'; open or closed follows from the dates. */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('surveys_org_idx').on('surveys').columns(['organization_id', 'created_at']).execute();

  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text', (c) => c.notNull())
    /** SHA-256 of the device cookie: one answer per device per survey, and no way back to the device. */
    .addColumn('device_hash', 'text')
    .addColumn('answers_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_responses_survey_idx').on('survey_responses').columns(['survey_id', 'answered_on']).execute();
  await db.schema.createIndex('survey_responses_device_idx').unique().on('survey_responses').columns(['survey_id', 'device_hash']).execute();

  await db.schema
    .createTable('survey_scale_answers')
    .addColumn('response_id', 'text', (c) => c.notNull().references('survey_responses.id'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('aspect', 'text')
    .addColumn('point', 'integer', (c) => c.notNull())
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_scale_answers_org_idx').on('survey_scale_answers').columns(['organization_id', 'answered_on']).execute();
  await db.schema.createIndex('survey_scale_answers_survey_idx').on('survey_scale_answers').columns(['survey_id', 'question_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['survey_scale_answers', 'survey_responses', 'surveys', 'feedback_files', 'feedback_events', 'feedback_items', 'feedback_settings']) {
    await db.schema.dropTable(table).execute();
  }
}
