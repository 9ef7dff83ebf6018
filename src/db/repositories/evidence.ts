import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { EvidenceTable } from '../schema';

export type EvidenceRow = Selectable<EvidenceTable>;

export async function insertEvidence(db: Db, row: EvidenceRow): Promise<void> {
  await db.insertInto('evidence').values(row).execute();
}

export async function listEvidence(db: Db, occurrenceId: string): Promise<EvidenceRow[]> {
  return db.selectFrom('evidence').selectAll().where('occurrence_id', '=', occurrenceId).orderBy('created_at').execute();
}

export async function findEvidence(db: Db, id: string): Promise<EvidenceRow | undefined> {
  return db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
}
