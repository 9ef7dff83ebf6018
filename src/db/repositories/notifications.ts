import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database';
import type { NotificationsTable } from '../schema';

export type NotificationRow = Selectable<NotificationsTable>;
export type NewNotification = Insertable<NotificationsTable>;

// Well under SQLite's limit on bound values per statement (12 columns a row).
const CHUNK = 200;

/** Adds the notifications not given before (by dedupe key); answers those actually added. */
export async function insertNewNotifications(db: Db, rows: readonly NewNotification[]): Promise<{ id: string; dedupe_key: string }[]> {
  const added: { id: string; dedupe_key: string }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    // Rows skipped by DO NOTHING are not returned, on either database.
    added.push(...(await db.insertInto('notifications').values(chunk).onConflict((oc) => oc.column('dedupe_key').doNothing()).returning(['id', 'dedupe_key']).execute()));
  }
  return added;
}

/** A person's own notifications, newest first (ids are time-ordered), one past the limit. */
export async function listNotifications(db: Db, f: { userId: string; unreadOnly: boolean; limit: number; cursor?: string }): Promise<NotificationRow[]> {
  let query = db.selectFrom('notifications').selectAll().where('user_id', '=', f.userId);
  if (f.unreadOnly) query = query.where('read_at', 'is', null);
  if (f.cursor) query = query.where('id', '<', f.cursor);
  return query.orderBy('id', 'desc').limit(f.limit + 1).execute();
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<string | number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findNotification(db: Db, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks one or all of a person's unread notifications read; answers how many changed. */
export async function markNotificationsRead(db: Db, f: { userId: string; id?: string; now: string }): Promise<number> {
  let query = db.updateTable('notifications').set({ read_at: f.now }).where('user_id', '=', f.userId).where('read_at', 'is', null);
  if (f.id) query = query.where('id', '=', f.id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
