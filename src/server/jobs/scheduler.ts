import { dailyScanDue } from '../../domain/reminders/daily-scan';
import type { Db } from '../../db/database';
import { deleteJobsFinishedBefore, enqueueJob } from '../../db/repositories/jobs';
import { REMINDER_SCAN_KIND } from './job-kinds';

const KEEP_FINISHED_MS = 30 * 24 * 3_600_000;

/**
 * Enqueues the jobs that are due by the clock. Every process calls this every minute; the unique key
 * "reminders.scan:YYYY-MM-DD" makes the day's scan one row however many try, so exactly one runs.
 */
export async function enqueueScheduledJobs(db: Db, now: Date): Promise<{ scanEnqueued: boolean }> {
  await deleteJobsFinishedBefore(db, new Date(now.getTime() - KEEP_FINISHED_MS));
  const due = dailyScanDue(now);
  if (!due) return { scanEnqueued: false };
  const job = await enqueueJob(db, { kind: REMINDER_SCAN_KIND, payload: { today: due.day }, uniqueKey: due.uniqueKey, runAt: new Date(due.runAt) }, now);
  return { scanEnqueued: job.created };
}
