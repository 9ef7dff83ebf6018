import type { ExpressionBuilder, Selectable } from 'kysely';
import { retryDelayMs, shouldRetry } from '../../domain/jobs/retry';
import type { Db } from '../database';
import { dialectOf } from '../dialect';
import { newId } from '../ids';
import type { Database, JobsTable } from '../schema';

export type JobRow = Selectable<JobsTable>;

export type NewJob = {
  kind: string;
  payload: unknown;
  /** Not before this instant; now when left out. */
  runAt?: Date;
  /** One row per key, ever: the second enqueue of the same key is a no-op. */
  uniqueKey?: string;
  maxAttempts?: number;
  /** A job a person waits for (an export): theirs alone to see, about this organisation. */
  requestedBy?: string;
  organizationId?: string;
};

const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Adds a job; with a unique key, only the first of any number of callers adds it. `claimFor` adds it
 * already leased to that worker, for a caller that runs it at once: no other worker can take it first.
 */
export async function enqueueJob(db: Db, job: NewJob, now: Date, claimFor?: { workerId: string; leaseMs: number }): Promise<{ job: JobRow; created: boolean }> {
  const inserted = await db
    .insertInto('jobs')
    .values({
      id: newId(),
      kind: job.kind,
      payload_json: JSON.stringify(job.payload ?? null),
      run_at: (job.runAt ?? now).toISOString(),
      state: claimFor ? 'running' : 'queued',
      attempts: claimFor ? 1 : 0,
      max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      locked_by: claimFor?.workerId ?? null,
      locked_until: claimFor ? new Date(now.getTime() + claimFor.leaseMs).toISOString() : null,
      last_error: null,
      unique_key: job.uniqueKey ?? null,
      created_at: now.toISOString(),
      finished_at: null,
      requested_by: job.requestedBy ?? null,
      organization_id: job.organizationId ?? null,
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { job: inserted, created: true };
  const existing = await db.selectFrom('jobs').selectAll().where('unique_key', '=', job.uniqueKey!).executeTakeFirstOrThrow();
  return { job: existing, created: false };
}

/** Waiting and due, or taken by a worker whose lease has lapsed (it crashed or hung). */
const claimable = (now: string) => (eb: ExpressionBuilder<Database, 'jobs'>) =>
  eb.or([eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', now)]), eb.and([eb('state', '=', 'running'), eb('locked_until', '<', now)])]);

/**
 * Takes the next due job for this worker, leased until now + leaseMs, or nothing. Two workers never
 * get the same job: on PostgreSQL the candidate row is locked and other workers skip it (FOR UPDATE
 * SKIP LOCKED); SQLite has one writer at a time, and the update re-checks the row is still free.
 */
export async function claimNextJob(db: Db, options: { workerId: string; now: Date; leaseMs: number; kinds?: readonly string[] }): Promise<JobRow | undefined> {
  const now = options.now.toISOString();
  const next = db
    .selectFrom('jobs')
    .select('id')
    .where(claimable(now))
    .$if(!!options.kinds, (q) => q.where('kind', 'in', options.kinds!))
    .orderBy('run_at')
    .orderBy('id')
    .limit(1)
    .$if(dialectOf(db) === 'postgres', (q) => q.forUpdate().skipLocked());
  return db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'running',
      locked_by: options.workerId,
      locked_until: new Date(options.now.getTime() + options.leaseMs).toISOString(),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', next)
    .where(claimable(now))
    .returningAll()
    .executeTakeFirst();
}

/** Only the worker still holding the lease may finish a job: one whose lease lapsed has lost it. */
export async function markJobDone(db: Db, id: string, workerId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ state: 'done', finished_at: now.toISOString(), locked_by: null, locked_until: null, last_error: null })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export type FailureOutcome = 'retry' | 'failed' | 'lost';

/** Queues the job again after a back-off, or gives up once its last try has failed. */
export async function markJobFailed(db: Db, job: Pick<JobRow, 'id' | 'attempts' | 'max_attempts'>, workerId: string, error: string, now: Date): Promise<FailureOutcome> {
  const retry = shouldRetry(job.attempts, job.max_attempts);
  const result = await db
    .updateTable('jobs')
    .set(
      retry
        ? { state: 'queued', run_at: new Date(now.getTime() + retryDelayMs(Math.max(job.attempts, 1))).toISOString(), locked_by: null, locked_until: null, last_error: error }
        : { state: 'failed', finished_at: now.toISOString(), locked_by: null, locked_until: null, last_error: error },
    )
    .where('id', '=', job.id)
    .where('state', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return 'lost';
  return retry ? 'retry' : 'failed';
}

export async function findJob(db: Db, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Finished jobs are kept a while for inspection, then removed so the table stays small. */
export async function deleteJobsFinishedBefore(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('jobs').where('state', 'in', ['done', 'failed']).where('finished_at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
