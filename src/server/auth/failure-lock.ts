import { failureRule, isLocked, minutesLeft, type ThrottleState } from '../../domain/auth/login-throttle';
import type { Db } from '../../db/database';
import { findThrottle, recordFailure, type ThrottleRow } from '../../db/repositories/sessions';

/**
 * The per-name failure lock shared by signing in and changing one's password: both are guesses at the
 * same password, so they share one budget of attempts (see docs/decisions/0002).
 */
const stateOf = (row: ThrottleRow): ThrottleState => ({ failedCount: row.failed_count, firstFailedAt: row.first_failed_at, lockedUntil: row.locked_until });

/** Minutes left on the lock of `username` at `now`, or null when it is not locked. */
export async function lockedMinutes(db: Db, username: string, now: Date): Promise<number | null> {
  const row = await findThrottle(db, username);
  return row && isLocked(stateOf(row), now) ? minutesLeft(stateOf(row), now) : null;
}

/**
 * Counts one failure for `username` atomically. Answers null when it was counted (the caller answers its
 * usual refusal, even when this failure set the lock), or the minutes left when the name was already
 * locked, in which case the caller answers 429.
 */
export async function countFailure(db: Db, username: string, now: Date): Promise<number | null> {
  const counted = await recordFailure(db, username, failureRule(now));
  if (counted) return null;
  return (await lockedMinutes(db, username, now)) ?? 1;
}
