import type { Kysely } from 'kysely';

/** The abbreviation a body writes in document symbols ("SYT" in 06/KH-SYT) when it differs from its code. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('document_code', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organizations').dropColumn('document_code').execute();
}
