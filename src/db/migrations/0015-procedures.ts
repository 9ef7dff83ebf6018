import type { Kysely } from 'kysely';

/**
 * Administrative and internal procedures of a body (SPEC §2.7): the registry, the dated events that
 * issue, amend, replace or abolish them, where and when they were posted, and their files (forms to
 * download, photos of the posting). `version` grows with every change of content; a posting records
 * the version it put up, so "changed since its last posting" is one comparison.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('procedures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('applicants', 'text')
    .addColumn('conditions', 'text')
    .addColumn('steps_json', 'text', (c) => c.notNull())
    .addColumn('dossier_json', 'text', (c) => c.notNull())
    .addColumn('processing_time_json', 'text')
    .addColumn('fees_json', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('legal_basis', 'text')
    /** Codes of the documents the legal basis cites, recognised when it is written. */
    .addColumn('legal_basis_codes_json', 'text', (c) => c.notNull())
    .addColumn('receiving_places_json', 'text', (c) => c.notNull())
    .addColumn('online_level', 'text', (c) => c.notNull())
    .addColumn('responsible_unit_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_changed_at', 'text', (c) => c.notNull())
    .addColumn('search_folded', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('procedures_code_idx').unique().on('procedures').columns(['organization_id', 'code']).execute();

  await db.schema
    .createTable('procedure_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('deciding_document', 'text')
    .addColumn('replaced_by_id', 'text', (c) => c.references('procedures.id'))
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('procedure_events_procedure_idx').on('procedure_events').columns(['procedure_id', 'effective_on']).execute();

  await db.schema
    .createTable('procedure_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    /** "form": a form the citizen downloads; "proof": a photo or scan of a posting. */
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('procedure_files_procedure_idx').on('procedure_files').columns(['procedure_id']).execute();

  await db.schema
    .createTable('procedure_postings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('posted_on', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('proof_url', 'text')
    .addColumn('proof_file_id', 'text', (c) => c.references('procedure_files.id'))
    .addColumn('note', 'text')
    .addColumn('posted_by', 'text')
    .addColumn('posted_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('procedure_postings_procedure_idx').on('procedure_postings').columns(['procedure_id', 'version']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['procedure_postings', 'procedure_files', 'procedure_events', 'procedures']) await db.schema.dropTable(table).execute();
}
