import type { Db } from '../database';
import type { JobRow } from './jobs';

export type JobProgress = { done: number; total: number | null; note: string | null };
export type JobResultFile = { key: string; name: string; type: string; expiresAt: Date };

/**
 * Records how far a running job has got and extends its lease: a long export that keeps reporting
 * progress is alive, and no other worker takes it over. False when this worker no longer holds the job.
 */
export async function recordJobProgress(db: Db, id: string, workerId: string, progress: JobProgress, leaseUntil: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ progress_done: progress.done, progress_total: progress.total, progress_note: progress.note, locked_until: leaseUntil.toISOString() })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The file a running job produced; only the worker holding the job may attach it. */
export async function recordJobResult(db: Db, id: string, workerId: string, file: JobResultFile): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ result_key: file.key, result_name: file.name, result_type: file.type, expires_at: file.expiresAt.toISOString() })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A person's own recent jobs, newest first. */
/** A person's jobs, newest first (ids are time-ordered), one past `limit` for the page's next cursor. */
export async function listJobsRequestedBy(db: Db, userId: string, page: { limit: number; cursor?: string }): Promise<JobRow[]> {
  let query = db.selectFrom('jobs').selectAll().where('requested_by', '=', userId);
  if (page.cursor) query = query.where('id', '<', page.cursor);
  return query.orderBy('id', 'desc').limit(page.limit + 1).execute();
}

/** Results whose time is up and whose file may still be on disk. */
export async function listExpiredResults(db: Db, now: Date): Promise<Pick<JobRow, 'id' | 'result_key'>[]> {
  return db.selectFrom('jobs').select(['id', 'result_key']).where('result_key', 'is not', null).where('expires_at', '<', now.toISOString()).execute();
}

/** The file is gone; the row keeps `expires_at`, so asking for the result answers "expired", not "not found". */
export async function forgetJobResult(db: Db, id: string): Promise<void> {
  await db.updateTable('jobs').set({ result_key: null }).where('id', '=', id).execute();
}
