import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked, LOCK_MINUTES, MAX_FAILED_ATTEMPTS, minutesLeft, type ThrottleState } from './login-throttle';

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
