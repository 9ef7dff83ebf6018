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

/** The evidence of many occurrences at once (a task's page), oldest first. */
export async function listEvidenceOfOccurrences(db: Db, occurrenceIds: readonly string[]): Promise<EvidenceRow[]> {
  if (occurrenceIds.length === 0) return [];
  return db.selectFrom('evidence').selectAll().where('occurrence_id', 'in', [...occurrenceIds]).orderBy('created_at').execute();
}

/** A file with these bytes already attached to the occurrence, the earliest one. */
export async function findEvidenceByHash(db: Db, occurrenceId: string, sha256: string): Promise<EvidenceRow | undefined> {
  return db.selectFrom('evidence').selectAll().where('occurrence_id', '=', occurrenceId).where('sha256', '=', sha256).orderBy('created_at').executeTakeFirst();
}

export async function deleteEvidence(db: Db, id: string): Promise<void> {
  await db.deleteFrom('evidence').where('id', '=', id).execute();
}
