import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { MediaChannelsTable } from '../schema';

export type MediaChannelRow = Selectable<MediaChannelsTable>;

export async function listChannels(db: Db, organizationId: string): Promise<MediaChannelRow[]> {
  return db.selectFrom('media_channels').selectAll().where('organization_id', '=', organizationId).orderBy('created_at').orderBy('id').execute();
}

export async function findChannel(db: Db, id: string): Promise<MediaChannelRow | undefined> {
  return db.selectFrom('media_channels').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The body's channel of a kind in use (the oldest, when it has several): where a publication is recorded. */
export async function findActiveChannel(db: Db, organizationId: string, kind: string): Promise<MediaChannelRow | undefined> {
  return db
    .selectFrom('media_channels')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('retired_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

export async function insertChannel(db: Db, row: MediaChannelRow): Promise<void> {
  await db.insertInto('media_channels').values(row).execute();
}

export async function updateChannel(db: Db, id: string, changes: Partial<Omit<MediaChannelRow, 'id' | 'organization_id' | 'created_at'>>): Promise<void> {
  await db.updateTable('media_channels').set(changes).where('id', '=', id).execute();
}
