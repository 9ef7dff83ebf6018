import { DAILY_BACKUP_KIND, dailyBackupDue } from '../../domain/backups/daily-backup';
import { dailyRetentionDue } from '../../domain/feedback/retention';
import { dailyScanDue } from '../../domain/reminders/daily-scan';
import type { Db } from '../../db/database';
import { deleteJobsFinishedBefore, enqueueJob } from '../../db/repositories/jobs';
import type { Config } from '../config';
import { FEEDBACK_RETENTION_KIND, REMINDER_SCAN_KIND } from './job-kinds';

const KEEP_FINISHED_MS = 30 * 24 * 3_600_000;

/**
 * Enqueues the jobs that are due by the clock. Every process calls this every minute; the unique key
 * "reminders.scan:YYYY-MM-DD" makes the day's scan one row however many try, so exactly one runs. The same
 * holds for the daily backup ("backup.daily:YYYY-MM-DD") when BACKUP_DIR is set, and for the daily erasure of
 * citizens' personal data ("feedback.retention:YYYY-MM-DD").
 */
export async function enqueueScheduledJobs(db: Db, now: Date, config?: Pick<Config, 'backup'>): Promise<{ scanEnqueued: boolean; backupEnqueued: boolean }> {
  await deleteJobsFinishedBefore(db, new Date(now.getTime() - KEEP_FINISHED_MS));
  let backupEnqueued = false;
  const backup = config?.backup && dailyBackupDue(now, config.backup.hour);
  if (backup) {
    const job = await enqueueJob(db, { kind: DAILY_BACKUP_KIND, payload: { day: backup.day }, uniqueKey: backup.uniqueKey, runAt: new Date(backup.runAt), maxAttempts: 3 }, now);
    backupEnqueued = job.created;
  }
  // Citizens' personal data past its body's retention is erased once a day (decision 0026).
  const retention = dailyRetentionDue(now);
  if (retention) await enqueueJob(db, { kind: FEEDBACK_RETENTION_KIND, payload: { day: retention.day }, uniqueKey: retention.uniqueKey, runAt: new Date(retention.runAt), maxAttempts: 3 }, now);
  const due = dailyScanDue(now);
  if (!due) return { scanEnqueued: false, backupEnqueued };
  const job = await enqueueJob(db, { kind: REMINDER_SCAN_KIND, payload: { today: due.day }, uniqueKey: due.uniqueKey, runAt: new Date(due.runAt) }, now);
  return { scanEnqueued: job.created, backupEnqueued };
}
