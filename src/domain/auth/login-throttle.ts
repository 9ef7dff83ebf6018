/**
 * Temporary lock after repeated failed sign-ins. Counted per user name whether or not the account
 * exists, so the lock itself does not tell an attacker which names are real.
 */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
/** Failures older than this no longer count towards a lock. */
export const FAILURE_WINDOW_MINUTES = 15;

export type ThrottleState = { failedCount: number; firstFailedAt: string | null; lockedUntil: string | null };

export function isLocked(state: ThrottleState | undefined, now: Date): boolean {
  return !!state?.lockedUntil && new Date(state.lockedUntil) > now;
}

export function minutesLeft(state: ThrottleState, now: Date): number {
  if (!state.lockedUntil) return 0;
  return Math.max(1, Math.ceil((new Date(state.lockedUntil).getTime() - now.getTime()) / 60_000));
}

/** The state after one more failure. */
export function afterFailure(state: ThrottleState | undefined, now: Date): ThrottleState {
  if (state && isLocked(state, now)) return state;
  const windowStart = now.getTime() - FAILURE_WINDOW_MINUTES * 60_000;
  const stillCounting = state?.firstFailedAt && new Date(state.firstFailedAt).getTime() >= windowStart && !state.lockedUntil;
  const failedCount = stillCounting ? state.failedCount + 1 : 1;
  const firstFailedAt = stillCounting ? state.firstFailedAt : now.toISOString();
  const lockedUntil = failedCount >= MAX_FAILED_ATTEMPTS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
  return { failedCount, firstFailedAt, lockedUntil };
}

/**
 * The same rule as `afterFailure`, in the form the database needs to count one failure in a single
 * atomic statement (so parallel attempts cannot all read the same old count): given the row as it is,
 * a failure restarts the count at 1 when the row has no first failure, its first failure is before
 * `windowStart`, or it carries an ended lock; otherwise it adds 1. A count reaching `maxFailures` sets
 * the lock until `lockUntil`. A row locked at `now` is left as it is.
 */
export type FailureRule = { now: string; windowStart: string; lockUntil: string; maxFailures: number };

export function failureRule(now: Date): FailureRule {
  return {
    now: now.toISOString(),
    windowStart: new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000).toISOString(),
    lockUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString(),
    maxFailures: MAX_FAILED_ATTEMPTS,
  };
}
