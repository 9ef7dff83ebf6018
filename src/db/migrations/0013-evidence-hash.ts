import type { Kysely } from 'kysely';

/**
 * The SHA-256 of each evidence file, so that attaching the same file to an occurrence twice can be
 * noticed (links have none). Files stored before this have none either: they are not compared.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('evidence').addColumn('sha256', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('evidence').dropColumn('sha256').execute();
}
