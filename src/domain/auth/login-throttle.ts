/**
 * How guesses at a password are slowed (decision 0019). Two rules, both counted per user name whether
 * or not the account exists, so neither tells an attacker which names are real:
 *
 * - a **lock per (name, source)**: 5 failures from one source within 15 minutes lock that name *from
 *   that source* for 15 minutes. A source is where the guesses come from: the client's address for a
 *   sign-in, or the signed-in person's own session for a change of password. A stranger's wrong
 *   guesses lock only the stranger's address, never the owner's.
 * - a **back-off per name** across all addresses: after 10 attempts in a row (no 15 quiet minutes
 *   between them), each further attempt on the name waits a little longer, 1 s, 2 s, 4 s … at most
 *   60 s, and an attempt arriving within the wait is refused at once. Many addresses together get
 *   one guess a minute; nobody is ever locked out for long. An address the name signed in from within
 *   the last 30 days is the owner's and does not wait.
 *
 * Each attempt is counted before its password is checked, in one atomic statement (see `failureRule`,
 * `backoffRule`), and given back when the password was right: a burst of parallel guesses gets exactly
 * the budget, never more.
 */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
/** Failures older than this no longer count towards a lock. */
export const FAILURE_WINDOW_MINUTES = 15;

/** Attempts on one name, from anywhere, before the back-off starts. */
export const BACKOFF_FREE_ATTEMPTS = 10;
/** The longest wait between two attempts on one name. */
export const BACKOFF_MAX_SECONDS = 60;
/** After this long without an attempt, the name's count starts again. */
export const BACKOFF_QUIET_MINUTES = 15;
/** A source the name signed in from within this many days is the owner's: it skips the back-off. */
export const TRUSTED_SOURCE_DAYS = 30;

/** The source of a signed-in person's guesses at their current password (never an address). */
export const CHANGE_PASSWORD_SOURCE = 'change-password';

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

/** Whether a source the name last signed in from at `signedInAt` is the owner's at `now`. */
export function isTrustedSource(signedInAt: string | null | undefined, now: Date): boolean {
  return !!signedInAt && new Date(signedInAt).getTime() > now.getTime() - TRUSTED_SOURCE_DAYS * 86_400_000;
}

/** Seconds to wait after the `count`-th attempt in a row on a name: 0 within the free attempts, then 1, 2, 4 … up to the cap. */
export function backoffSeconds(count: number): number {
  if (count < BACKOFF_FREE_ATTEMPTS) return 0;
  return Math.min(BACKOFF_MAX_SECONDS, 2 ** (count - BACKOFF_FREE_ATTEMPTS));
}

export type BackoffState = { attemptCount: number; lastAttemptAt: string | null; waitUntil: string | null };

export function isWaiting(state: BackoffState | undefined, now: Date): boolean {
  return !!state?.waitUntil && new Date(state.waitUntil) > now;
}

export function secondsLeft(state: BackoffState, now: Date): number {
  if (!state.waitUntil) return 0;
  return Math.max(1, Math.ceil((new Date(state.waitUntil).getTime() - now.getTime()) / 1000));
}

/** The name's back-off after one more attempt at `now`; an attempt within the wait is refused and changes nothing. */
export function afterBackoffAttempt(state: BackoffState | undefined, now: Date): BackoffState {
  if (state && isWaiting(state, now)) return state;
  const quietStart = now.getTime() - BACKOFF_QUIET_MINUTES * 60_000;
  const goingOn = !!state?.lastAttemptAt && new Date(state.lastAttemptAt).getTime() >= quietStart;
  const attemptCount = goingOn ? state!.attemptCount + 1 : 1;
  const wait = backoffSeconds(attemptCount);
  return { attemptCount, lastAttemptAt: now.toISOString(), waitUntil: wait > 0 ? new Date(now.getTime() + wait * 1000).toISOString() : null };
}

/**
 * `afterBackoffAttempt` for one atomic statement: the count restarts at 1 when the last attempt is
 * before `quietStart`, else adds 1; `waits` gives, from the highest count down, the time to wait until
 * for a count of at least `atLeast` (no entry: no wait). A row waiting at `now` is left as it is.
 */
export type BackoffRule = { now: string; quietStart: string; waits: Array<{ atLeast: number; until: string }> };

export function backoffRule(now: Date): BackoffRule {
  const waits: BackoffRule['waits'] = [];
  for (let count = BACKOFF_FREE_ATTEMPTS; ; count++) {
    waits.unshift({ atLeast: count, until: new Date(now.getTime() + backoffSeconds(count) * 1000).toISOString() });
    if (backoffSeconds(count) >= BACKOFF_MAX_SECONDS) break;
  }
  return { now: now.toISOString(), quietStart: new Date(now.getTime() - BACKOFF_QUIET_MINUTES * 60_000).toISOString(), waits };
}

/** The wait `rule` gives a count, as the SQL statement computes it. */
export function waitUntilFor(rule: BackoffRule, count: number): string | null {
  return rule.waits.find((w) => count >= w.atLeast)?.until ?? null;
}

/**
 * The source key of a client address: IPv4 as it is (an IPv4-mapped IPv6 address as its IPv4), IPv6
 * by its /64 network, since one subscriber is usually handed a whole /64 and could otherwise take a
 * new address for every five guesses.
 */
export function sourceOfAddress(address: string | null | undefined): string {
  const raw = (address ?? '').trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!raw) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(raw);
  if (mapped) return mapped[1]!;
  if (!raw.includes(':')) return raw;
  const groups = expandIpv6(raw);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : raw;
}

function expandIpv6(address: string): string[] | null {
  let text = address;
  // A trailing dotted IPv4 part stands for the last two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}
