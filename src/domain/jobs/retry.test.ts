import { describe, expect, it } from 'vitest';
import { retryDelayMs, shouldRetry } from './retry';

describe('job retries', () => {
  it('waits 30 s after the first failure and doubles each time', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('never waits more than an hour, however many tries failed', () => {
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(1_000)).toBe(3_600_000);
  });

  it('refuses a try count that is not a whole number from 1', () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });

  it('retries until the last allowed try has failed', () => {
    expect(shouldRetry(1, 3)).toBe(true);
    expect(shouldRetry(2, 3)).toBe(true);
    expect(shouldRetry(3, 3)).toBe(false);
  });
});
