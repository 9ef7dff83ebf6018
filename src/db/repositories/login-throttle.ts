import { sql, type Selectable } from 'kysely';
import { FAILURE_WINDOW_MINUTES, TRUSTED_SOURCE_DAYS, BACKOFF_QUIET_MINUTES, type BackoffRule, type FailureRule } from '../../domain/auth/login-throttle';
import type { Db } from '../database';
import type { LoginBackoffTable, LoginThrottleTable } from '../schema';

export type ThrottleRow = Selectable<LoginThrottleTable>;
export type BackoffRow = Selectable<LoginBackoffTable>;

export async function findThrottle(db: Db, username: string, source: string): Promise<ThrottleRow | undefined> {
  return db.selectFrom('login_throttle').selectAll().where('username', '=', username).where('source', '=', source).executeTakeFirst();
}

/**
 * Counts one attempt on `username` from `source` in one atomic statement (an upsert that increments),
 * following the domain's `FailureRule`. Answers the row after counting, or undefined when that pair was
 * already locked at `rule.now` and the attempt was not counted.
 */
export async function recordFailure(db: Db, username: string, source: string, rule: FailureRule): Promise<ThrottleRow | undefined> {
  return db
    .insertInto('login_throttle')
    .values({ username, source, failed_count: 1, first_failed_at: rule.now, locked_until: 1 >= rule.maxFailures ? rule.lockUntil : null, signed_in_at: null })
    .onConflict((oc) =>
      oc
        .columns(['username', 'source'])
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

/**
 * Gives back one attempt counted by `recordFailure` whose password was never checked (the name's
 * back-off refused it). The count drops by one, so a lock that attempt set is lifted again.
 */
export async function giveBackAttempt(db: Db, username: string, source: string, maxFailures: number): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({
      failed_count: eb('failed_count', '-', sql<number>`1`),
      locked_until: eb.case().when('failed_count', '>', maxFailures).then(eb.ref('locked_until')).else(sql<string | null>`null`).end(),
    }))
    .where('username', '=', username)
    .where('source', '=', source)
    .where('failed_count', '>', 0)
    .execute();
}

/** The name signed in from `source` at `now`: its count there starts again, and the source is the owner's. */
export async function recordSignIn(db: Db, username: string, source: string, now: string): Promise<void> {
  const reset = { failed_count: 0, first_failed_at: null, locked_until: null, signed_in_at: now };
  await db
    .insertInto('login_throttle')
    .values({ username, source, ...reset })
    .onConflict((oc) => oc.columns(['username', 'source']).doUpdateSet(reset))
    .execute();
}

export async function clearThrottle(db: Db, username: string, source: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).where('source', '=', source).execute();
}

export async function findBackoff(db: Db, username: string): Promise<BackoffRow | undefined> {
  return db.selectFrom('login_backoff').selectAll().where('username', '=', username).executeTakeFirst();
}

/**
 * Counts one attempt on `username` from anywhere in one atomic statement, following the domain's
 * `BackoffRule`. Answers the row after counting, or undefined when the name was waiting at `rule.now`
 * and the attempt was refused.
 */
export async function recordBackoffAttempt(db: Db, username: string, rule: BackoffRule): Promise<BackoffRow | undefined> {
  const waitFor = (count: unknown) =>
    rule.waits.length === 0
      ? sql<string | null>`null`
      : sql<string | null>`case ${sql.join(
          rule.waits.map((w) => sql`when ${count} >= ${w.atLeast} then ${w.until}`),
          sql` `,
        )} else null end`;
  const first = rule.waits.find((w) => 1 >= w.atLeast)?.until ?? null;
  return db
    .insertInto('login_backoff')
    .values({ username, attempt_count: 1, last_attempt_at: rule.now, wait_until: first })
    .onConflict((oc) =>
      oc
        .column('username')
        .doUpdateSet((eb) => {
          const restart = eb.or([eb('login_backoff.last_attempt_at', 'is', null), eb('login_backoff.last_attempt_at', '<', rule.quietStart)]);
          const count = eb.case().when(restart).then(sql<number>`1`).else(eb('login_backoff.attempt_count', '+', sql<number>`1`)).end();
          return { attempt_count: count, last_attempt_at: rule.now, wait_until: waitFor(count) };
        })
        .where((eb) => eb.or([eb('login_backoff.wait_until', 'is', null), eb('login_backoff.wait_until', '<=', rule.now)])),
    )
    .returningAll()
    .executeTakeFirst();
}

/** Gives back one attempt on the name whose password turned out right: only wrong guesses build up the back-off. */
export async function giveBackBackoffAttempt(db: Db, username: string): Promise<void> {
  await db
    .updateTable('login_backoff')
    .set((eb) => ({ attempt_count: eb('attempt_count', '-', sql<number>`1`) }))
    .where('username', '=', username)
    .where('attempt_count', '>', 0)
    .execute();
}

/** Drops counts that no longer matter at `now` (the hourly sweep): no lock, no recent failure, no recent sign-in. */
export async function deleteStaleThrottles(db: Db, now: Date): Promise<void> {
  const iso = now.toISOString();
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000).toISOString();
  const trustedStart = new Date(now.getTime() - TRUSTED_SOURCE_DAYS * 86_400_000).toISOString();
  const quietStart = new Date(now.getTime() - BACKOFF_QUIET_MINUTES * 60_000).toISOString();
  await db
    .deleteFrom('login_throttle')
    .where((eb) =>
      eb.and([
        eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', iso)]),
        eb.or([eb('first_failed_at', 'is', null), eb('first_failed_at', '<', windowStart)]),
        eb.or([eb('signed_in_at', 'is', null), eb('signed_in_at', '<', trustedStart)]),
      ]),
    )
    .execute();
  await db
    .deleteFrom('login_backoff')
    .where((eb) => eb.and([eb.or([eb('wait_until', 'is', null), eb('wait_until', '<', iso)]), eb.or([eb('last_attempt_at', 'is', null), eb('last_attempt_at', '<', quietStart)])]))
    .execute();
}
