import { sql, type Selectable } from 'kysely';
import type { FailureRule } from '../../domain/auth/login-throttle';
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

/**
 * Counts one failed attempt for `username` in one atomic statement (an upsert that increments), following
 * the domain's `FailureRule`. Answers the row after counting, or undefined when the name was already
 * locked at `rule.now` and the failure was not counted.
 */
export async function recordFailure(db: Db, username: string, rule: FailureRule): Promise<ThrottleRow | undefined> {
  return db
    .insertInto('login_throttle')
    .values({ username, failed_count: 1, first_failed_at: rule.now, locked_until: 1 >= rule.maxFailures ? rule.lockUntil : null })
    .onConflict((oc) =>
      oc
        .column('username')
        .doUpdateSet((eb) => {
          const restart = eb.or([
            eb('login_throttle.first_failed_at', 'is', null),
            eb('login_throttle.first_failed_at', '<', rule.windowStart),
            eb('login_throttle.locked_until', 'is not', null),
          ]);
          const count = eb.case().when(restart).then(sql<number>`1`).else(eb('login_throttle.failed_count', '+', sql<number>`1`)).end();
          return {
            failed_count: count,
            first_failed_at: eb.case().when(restart).then(rule.now).else(eb.ref('login_throttle.first_failed_at')).end(),
            locked_until: eb.case().when(count, '>=', rule.maxFailures).then(rule.lockUntil).else(sql<string | null>`null`).end(),
          };
        })
        .where((eb) => eb.or([eb('login_throttle.locked_until', 'is', null), eb('login_throttle.locked_until', '<=', rule.now)])),
    )
    .returningAll()
    .executeTakeFirst();
}

export async function clearThrottle(db: Db, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).execute();
}
