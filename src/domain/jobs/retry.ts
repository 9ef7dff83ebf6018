/**
 * When a failed job is tried again: 30 s after the first failure, doubling each time and never more
 * than an hour apart, so a mail server down for a morning is retried all morning without hammering it.
 */
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;

/** The wait before the next try, after `attempts` tries have failed (attempts ≥ 1). */
export function retryDelayMs(attempts: number): number {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a whole number ≥ 1: ${attempts}`);
  // Capping the exponent first keeps the power finite however many tries were made.
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(attempts - 1, 20), MAX_DELAY_MS);
}

/** Whether a job that failed on its `attempts`-th try gets another one. */
export function shouldRetry(attempts: number, maxAttempts: number): boolean {
  return attempts < maxAttempts;
}
