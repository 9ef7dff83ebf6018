import {
  backoffRule,
  CHANGE_PASSWORD_SOURCE,
  failureRule,
  isLocked,
  isTrustedSource,
  isWaiting,
  MAX_FAILED_ATTEMPTS,
  minutesLeft,
  secondsLeft,
  type BackoffState,
  type ThrottleState,
} from '../../domain/auth/login-throttle';
import type { Db } from '../../db/database';
import {
  clearThrottle,
  findBackoff,
  findThrottle,
  giveBackAttempt,
  giveBackBackoffAttempt,
  recordBackoffAttempt,
  recordFailure,
  recordSignIn,
  type BackoffRow,
  type ThrottleRow,
} from '../../db/repositories/login-throttle';

/**
 * The guards in front of a password check (decision 0019): a lock per (name, source) and, for sign-ins
 * from a source that is not the owner's, a back-off per name. Each attempt is counted *before* the
 * password is checked, atomically, so parallel guesses get exactly the budget; a right password gives
 * its attempt back.
 */
const stateOf = (row: ThrottleRow): ThrottleState => ({ failedCount: row.failed_count, firstFailedAt: row.first_failed_at, lockedUntil: row.locked_until });
const backoffOf = (row: BackoffRow): BackoffState => ({ attemptCount: row.attempt_count, lastAttemptAt: row.last_attempt_at, waitUntil: row.wait_until });

/** May the password be checked? If not, for how long the name is locked from this source, or must wait. */
export type Admission = { kind: 'admitted'; throughBackoff: boolean } | { kind: 'locked'; minutes: number } | { kind: 'waiting'; seconds: number };

async function lockedMinutes(db: Db, username: string, source: string, now: Date): Promise<number> {
  const row = await findThrottle(db, username, source);
  return row && isLocked(stateOf(row), now) ? minutesLeft(stateOf(row), now) : 1;
}

async function waitingSeconds(db: Db, username: string, now: Date): Promise<number> {
  const row = await findBackoff(db, username);
  return row && isWaiting(backoffOf(row), now) ? secondsLeft(backoffOf(row), now) : 1;
}

/**
 * Admits one sign-in attempt on `username` from `source` (see `sourceOfAddress`), counting it. The
 * owner's source (signed in from there within 30 days) skips the name's back-off; others are counted
 * there too, and an attempt the back-off refuses is given back to the source's count.
 */
export async function admitSignIn(db: Db, username: string, source: string, now: Date): Promise<Admission> {
  const row = await findThrottle(db, username, source);
  if (row && isLocked(stateOf(row), now)) return { kind: 'locked', minutes: minutesLeft(stateOf(row), now) };
  const trusted = isTrustedSource(row?.signed_in_at, now);
  if (!trusted) {
    const backoff = await findBackoff(db, username);
    if (backoff && isWaiting(backoffOf(backoff), now)) return { kind: 'waiting', seconds: secondsLeft(backoffOf(backoff), now) };
  }
  if (!(await recordFailure(db, username, source, failureRule(now)))) return { kind: 'locked', minutes: await lockedMinutes(db, username, source, now) };
  if (trusted) return { kind: 'admitted', throughBackoff: false };
  if (!(await recordBackoffAttempt(db, username, backoffRule(now)))) {
    await giveBackAttempt(db, username, source, MAX_FAILED_ATTEMPTS);
    return { kind: 'waiting', seconds: await waitingSeconds(db, username, now) };
  }
  return { kind: 'admitted', throughBackoff: true };
}

/** The password was right: the source's count starts again and marks it the owner's; the back-off gets its attempt back. */
export async function signInSucceeded(db: Db, username: string, source: string, admission: Admission, now: Date): Promise<void> {
  await recordSignIn(db, username, source, now.toISOString());
  if (admission.kind === 'admitted' && admission.throughBackoff) await giveBackBackoffAttempt(db, username);
}

/**
 * Admits one check of a signed-in person's current password, counted under their own name and the
 * `change-password` source only: strangers' sign-in guesses never block it, and it never slows theirs.
 */
export async function admitPasswordCheck(db: Db, username: string, now: Date): Promise<Admission> {
  const row = await findThrottle(db, username, CHANGE_PASSWORD_SOURCE);
  if (row && isLocked(stateOf(row), now)) return { kind: 'locked', minutes: minutesLeft(stateOf(row), now) };
  if (!(await recordFailure(db, username, CHANGE_PASSWORD_SOURCE, failureRule(now)))) return { kind: 'locked', minutes: await lockedMinutes(db, username, CHANGE_PASSWORD_SOURCE, now) };
  return { kind: 'admitted', throughBackoff: false };
}

/** The current password was right (and changed): its count goes. */
export async function passwordCheckSucceeded(db: Db, username: string): Promise<void> {
  await clearThrottle(db, username, CHANGE_PASSWORD_SOURCE);
}
