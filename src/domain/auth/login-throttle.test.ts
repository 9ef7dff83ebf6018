import { describe, expect, it } from 'vitest';
import {
  afterBackoffAttempt,
  afterFailure,
  BACKOFF_FREE_ATTEMPTS,
  BACKOFF_MAX_SECONDS,
  BACKOFF_QUIET_MINUTES,
  backoffRule,
  backoffSeconds,
  isLocked,
  isTrustedSource,
  isWaiting,
  LOCK_MINUTES,
  MAX_FAILED_ATTEMPTS,
  minutesLeft,
  secondsLeft,
  sourceOfAddress,
  waitUntilFor,
  type BackoffState,
  type ThrottleState,
} from './login-throttle';

describe('login throttle', () => {
  const t0 = new Date('2026-03-02T08:00:00Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  it(`locks after ${MAX_FAILED_ATTEMPTS} failures within the window and unlocks after ${LOCK_MINUTES} minutes`, () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) state = afterFailure(state, at(i));
    expect(isLocked(state, at(4))).toBe(false);
    state = afterFailure(state, at(4));
    expect(isLocked(state, at(5))).toBe(true);
    expect(minutesLeft(state, at(5))).toBe(LOCK_MINUTES - 1);
    expect(isLocked(state, at(4 + LOCK_MINUTES + 1))).toBe(false);
  });

  it('starts counting again after the window or after a lock', () => {
    let state = afterFailure(undefined, at(0));
    state = afterFailure(state, at(30));
    expect(state.failedCount).toBe(1);
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) state = afterFailure(state, at(31));
    expect(state.lockedUntil).not.toBeNull();
    expect(afterFailure(state, at(32))).toEqual(state);
    expect(afterFailure(state, at(60)).failedCount).toBe(1);
  });
});

describe('back-off per name', () => {
  const t0 = new Date('2026-03-02T08:00:00Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  it(`waits 1, 2, 4 … seconds after ${BACKOFF_FREE_ATTEMPTS} attempts, never more than ${BACKOFF_MAX_SECONDS}`, () => {
    expect(Array.from({ length: 20 }, (_, i) => backoffSeconds(i + 1))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60]);
  });

  it('refuses an attempt within the wait without counting it, and starts again after a quiet spell', () => {
    let state: BackoffState | undefined;
    for (let i = 0; i < BACKOFF_FREE_ATTEMPTS; i++) state = afterBackoffAttempt(state, at(0));
    expect(isWaiting(state, at(0))).toBe(true);
    expect(secondsLeft(state!, at(0))).toBe(1);
    expect(afterBackoffAttempt(state, at(0.5))).toBe(state);
    state = afterBackoffAttempt(state, at(1));
    expect(state).toMatchObject({ attemptCount: BACKOFF_FREE_ATTEMPTS + 1 });
    expect(secondsLeft(state, at(1))).toBe(2);
    expect(afterBackoffAttempt(state, at(1 + BACKOFF_QUIET_MINUTES * 60 + 1))).toMatchObject({ attemptCount: 1, waitUntil: null });
  });

  it('gives the database the same waits as the rule', () => {
    const rule = backoffRule(t0);
    for (let count = 1; count < 30; count++) {
      const wait = backoffSeconds(count);
      expect(waitUntilFor(rule, count), `count ${count}`).toBe(wait ? at(wait).toISOString() : null);
    }
  });

  it('trusts a source the name signed in from within the last 30 days', () => {
    expect(isTrustedSource(null, t0)).toBe(false);
    expect(isTrustedSource(new Date(t0.getTime() - 29 * 86_400_000).toISOString(), t0)).toBe(true);
    expect(isTrustedSource(new Date(t0.getTime() - 31 * 86_400_000).toISOString(), t0)).toBe(false);
  });
});

describe('source of a client address', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6 and groups IPv6 by its /64', () => {
    expect(sourceOfAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(sourceOfAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(sourceOfAddress('2001:db8:5:6::1')).toBe('2001:db8:5:6::/64');
    expect(sourceOfAddress('2001:0DB8:0005:0006:ffff:0:0:9')).toBe('2001:db8:5:6::/64');
    expect(sourceOfAddress('[2001:db8::1]')).toBe('2001:db8:0:0::/64');
    expect(sourceOfAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(sourceOfAddress('::1')).toBe('0:0:0:0::/64');
    expect(sourceOfAddress(null)).toBe('unknown');
    expect(sourceOfAddress('')).toBe('unknown');
  });
});
