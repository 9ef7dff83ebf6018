import type { Db } from '../database';

export type PendingEmailRow = { id: string; title: string; body: string; link: string | null; created_at: string };

/** A person's notifications still waiting for a letter, oldest first. */
export async function listPendingEmail(db: Db, userId: string): Promise<PendingEmailRow[]> {
  return db
    .selectFrom('notifications')
    .select(['id', 'title', 'body', 'link', 'created_at'])
    .where('user_id', '=', userId)
    .where('email_state', '=', 'pending')
    .orderBy('id')
    .execute();
}

/** Everyone with a notification waiting for a letter, created before `before`: the morning digest's list. */
export async function listUsersWithPendingEmail(db: Db, before: string): Promise<string[]> {
  const rows = await db.selectFrom('notifications').select('user_id').distinct().where('email_state', '=', 'pending').where('created_at', '<', before).execute();
  return rows.map((r) => r.user_id).sort();
}

/** Marks waiting notifications as carried by a letter ('sent') or dropped ('skipped'); only those still waiting change. */
export async function settlePendingEmail(db: Db, ids: readonly string[], state: 'sent' | 'skipped', now: string): Promise<number> {
  let changed = 0;
  // Well under SQLite's limit on bound values per statement.
  for (let i = 0; i < ids.length; i += 500) {
    const result = await db
      .updateTable('notifications')
      .set({ email_state: state, emailed_at: state === 'sent' ? now : null })
      .where('id', 'in', ids.slice(i, i + 500))
      .where('email_state', '=', 'pending')
      .executeTakeFirst();
    changed += Number(result.numUpdatedRows);
  }
  return changed;
}
