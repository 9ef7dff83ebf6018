/**
 * When a settled item's personal data is erased (decision 0026): `months` after it was closed or
 * refused. The cut-off is the same instant `months` calendar months before now; a month shorter than
 * the day (31 → 30 April) ends on its last day.
 */
export function retentionCutoff(now: Date, months: number): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - months;
  const target = new Date(Date.UTC(y, m, 1, now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target.toISOString();
}

export const FEEDBACK_RETENTION_JOB = 'feedback.retention';
/** Noon in Vietnam: after the morning's reminders and before the night's backup, when the offices are quiet. */
const RETENTION_HOUR_VIETNAM = 12;

/**
 * The day's erasure run due at `now`, or null before noon (Vietnam): one a day, every day, its unique key
 * making it one row however many processes enqueue it.
 */
export function dailyRetentionDue(now: Date): { day: string; uniqueKey: string; runAt: string } | null {
  const day = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const runAt = new Date(Date.parse(`${day}T00:00:00Z`) + (RETENTION_HOUR_VIETNAM - 7) * 3_600_000);
  if (now.getTime() < runAt.getTime()) return null;
  return { day, uniqueKey: `${FEEDBACK_RETENTION_JOB}:${day}`, runAt: runAt.toISOString() };
}
