import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { LoginThrottleTable, SessionsTable } from '../schema';

export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Db, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends a person's other sessions, e.g. after a password change or when they are disabled. */
export async function deleteSessionsOf(db: Db, userId: string, exceptId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

export type ThrottleRow = Selectable<LoginThrottleTable>;

export async function findThrottle(db: Db, username: string): Promise<ThrottleRow | undefined> {
  return db.selectFrom('login_throttle').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function saveThrottle(db: Db, row: ThrottleRow): Promise<void> {
  await db
    .insertInto('login_throttle')
    .values(row)
    .onConflict((oc) =>
      oc.column('username').doUpdateSet({ failed_count: row.failed_count, first_failed_at: row.first_failed_at, locked_until: row.locked_until }),
    )
    .execute();
}

export async function clearThrottle(db: Db, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).execute();
}
