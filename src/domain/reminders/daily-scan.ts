/**
 * The reminder scan runs once each working day at 07:00 in Vietnam, before offices open at 07:30,
 * so the morning's e-mails are waiting. A process that starts later in the day still enqueues that
 * day's scan: the unique key keeps it to one however many processes try, and however late.
 */
import { isWorkingDay, todayInVietnam } from '../calendar';
import type { IsoDate } from '../calendar/iso-day';

export const DAILY_SCAN_KIND = 'reminders.scan';
const SCAN_HOUR_VIETNAM = 7;
const VIETNAM_OFFSET_HOURS = 7;

export type DailyScan = { day: IsoDate; uniqueKey: string; runAt: string };

/** The scan due at `now`, or null before 07:00 and on days offices are closed (weekends, holidays). */
export function dailyScanDue(now: Date): DailyScan | null {
  const day = todayInVietnam(now);
  if (!isWorkingDay(day)) return null;
  const runAt = new Date(Date.parse(`${day}T00:00:00Z`) + (SCAN_HOUR_VIETNAM - VIETNAM_OFFSET_HOURS) * 3_600_000);
  if (now.getTime() < runAt.getTime()) return null;
  return { day, uniqueKey: `${DAILY_SCAN_KIND}:${day}`, runAt: runAt.toISOString() };
}
