/**
 * The daily backup runs every day (weekends and holidays too: data changes then as well) from BACKUP_HOUR
 * in Vietnam. A process that starts later in the day still enqueues that day's backup; the unique key keeps
 * it to one however many processes try. The archives are named by their moment in Vietnam, so that sorting
 * the names sorts them by age, and only the newest BACKUP_KEEP are kept.
 */
import { todayInVietnam } from '../calendar';
import type { IsoDate } from '../calendar/iso-day';

export const DAILY_BACKUP_KIND = 'backup.daily';
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export type DailyBackup = { day: IsoDate; uniqueKey: string; runAt: string };

/** The backup due at `now`, or null before `hour` (0–23, Vietnam time). */
export function dailyBackupDue(now: Date, hour: number): DailyBackup | null {
  const day = todayInVietnam(now);
  const runAt = new Date(Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000 - VIETNAM_OFFSET_MS);
  if (now.getTime() < runAt.getTime()) return null;
  return { day, uniqueKey: `${DAILY_BACKUP_KIND}:${day}`, runAt: runAt.toISOString() };
}

const ARCHIVE_NAME = /^cchc-(\d{8})-(\d{6})\.tar\.gz$/;

/** `cchc-YYYYMMDD-HHMMSS.tar.gz`, the moment in Vietnam time. */
export function backupArchiveName(now: Date): string {
  const vn = new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `cchc-${vn.slice(0, 10).replaceAll('-', '')}-${vn.slice(11, 19).replaceAll(':', '')}.tar.gz`;
}

/** Of the names in the backup folder, the archives of the daily job beyond the newest `keep` (other files are never touched). */
export function archivesBeyondKeep(names: readonly string[], keep: number): string[] {
  const archives = names.filter((n) => ARCHIVE_NAME.test(n)).sort().reverse();
  return archives.slice(Math.max(keep, 1));
}
