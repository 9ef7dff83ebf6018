import type { Selectable } from 'kysely';
import { foldText } from '../../shared/fold';
import type { Db } from '../database';
import { nowIso } from '../ids';
import type { ExternalBodiesTable } from '../schema';

export type ExternalBodyRow = Selectable<ExternalBodiesTable>;

export async function insertExternalBody(db: Db, row: ExternalBodyRow): Promise<void> {
  await db.insertInto('external_bodies').values(row).execute();
}

export async function findExternalBody(db: Db, id: string): Promise<ExternalBodyRow | undefined> {
  return db.selectFrom('external_bodies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listExternalBodies(db: Db, f: { ownerIds: string[]; q?: string; includeRetired?: boolean; limit: number; cursor?: string }): Promise<ExternalBodyRow[]> {
  if (f.ownerIds.length === 0) return [];
  let query = db.selectFrom('external_bodies').selectAll().where('owner_id', 'in', f.ownerIds);
  if (f.q) query = query.where('name_folded', 'like', `%${foldText(f.q)}%`);
  if (!f.includeRetired) query = query.where('retired_at', 'is', null);
  if (f.cursor) query = query.where('id', '>', f.cursor);
  return query.orderBy('id').limit(f.limit + 1).execute();
}

export async function updateExternalBody(db: Db, id: string, changes: Partial<Pick<ExternalBodyRow, 'name' | 'code' | 'note' | 'retired_at'>>): Promise<void> {
  const values: Partial<ExternalBodyRow> = { ...changes, updated_at: nowIso() };
  if (changes.name !== undefined) values.name_folded = foldText(changes.name);
  await db.updateTable('external_bodies').set(values).where('id', '=', id).execute();
}
