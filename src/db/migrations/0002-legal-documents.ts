import type { Kysely } from 'kysely';

/** The registry of legal documents that plans cite (SPEC §2.2): one entry per number and symbol. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('legal_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('issued_on', 'text')
    .addColumn('issuer', 'text')
    .addColumn('summary', 'text')
    .addColumn('url', 'text')
    .addColumn('search_folded', 'text', (c) => c.notNull())
    .addColumn('created_by_org_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('legal_documents').execute();
}
