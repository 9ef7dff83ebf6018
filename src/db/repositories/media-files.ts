import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { MediaFilesTable } from '../schema';

export type MediaFileRow = Selectable<MediaFilesTable>;

export async function insertMediaFile(db: Db, row: MediaFileRow): Promise<void> {
  await db.insertInto('media_files').values(row).execute();
}

export async function listMediaFiles(db: Db, itemIds: readonly string[]): Promise<MediaFileRow[]> {
  if (itemIds.length === 0) return [];
  return db.selectFrom('media_files').selectAll().where('item_id', 'in', [...itemIds]).orderBy('created_at').orderBy('id').execute();
}

export async function findMediaFile(db: Db, itemId: string, fileId: string): Promise<MediaFileRow | undefined> {
  return db.selectFrom('media_files').selectAll().where('item_id', '=', itemId).where('id', '=', fileId).executeTakeFirst();
}

export async function deleteMediaFile(db: Db, fileId: string): Promise<void> {
  await db.deleteFrom('media_files').where('id', '=', fileId).execute();
}
