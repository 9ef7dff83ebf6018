import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../../db/database';
import { claimNextJob, markJobDone, markJobFailed, type JobRow } from '../../db/repositories/jobs';
import type { Config } from '../config';
import { JOB_HANDLERS } from './handlers';
import { JobFailure, type JobContext, type JobHandler } from './job-kinds';
import { enqueueScheduledJobs } from './scheduler';
import { removeExpiredResults } from './job-result-files';

export type JobRunnerOptions = {
  db: Db;
  config: Config;
  log: JobContext['log'];
  handlers?: Readonly<Record<string, JobHandler>>;
  workerId?: string;
  /** How long an idle runner waits before looking for work again. */
  pollMs?: number;
  /** How long a claimed job stays this worker's; past it, another worker may take the job again. */
  leaseMs?: number;
  clock?: () => Date;
  /** Whether this runner also enqueues the daily scan (off in tests that drive the queue by hand). */
  schedule?: boolean;
};

export type JobRunner = {
  workerId: string;
  /** Claims and runs the next due job; answers it, or nothing when none was due. */
  runOnce: () => Promise<JobRow | undefined>;
  start: () => void;
  /** Stops polling and waits for the job in hand to finish. */
  stop: () => Promise<void>;
};

export const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_POLL_MS = 5_000;
const SCHEDULE_EVERY_MS = 60_000;

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type JobResult = { ok: true; result: unknown } | { ok: false; error: string };

/** Runs a job this worker holds and records the outcome: done, back in the queue after a delay, or failed. */
export async function executeJob(
  job: JobRow,
  workerId: string,
  ctx: Omit<JobContext, 'job'> & { leaseMs?: number },
  handlers: Readonly<Record<string, JobHandler>> = JOB_HANDLERS,
): Promise<JobResult> {
  const handler = handlers[job.kind];
  const refusal = !handler ? `Không có bộ xử lý cho loại việc "${job.kind}".` : job.attempts > job.max_attempts ? 'Đã hết số lần thử (các lần trước bị gián đoạn).' : null;
  if (refusal) {
    await markJobFailed(ctx.db, { ...job, attempts: job.max_attempts }, workerId, refusal, ctx.now);
    ctx.log.error({ jobId: job.id, kind: job.kind }, refusal);
    return { ok: false, error: refusal };
  }
  try {
    const { leaseMs = DEFAULT_LEASE_MS, ...base } = ctx;
    const result = await handler!(JSON.parse(job.payload_json), { ...base, job: { id: job.id, workerId, leaseMs } });
    if (!(await markJobDone(ctx.db, job.id, workerId, ctx.now))) ctx.log.warn({ jobId: job.id, kind: job.kind }, 'job finished after its lease lapsed');
    return { ok: true, result };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const outcome = await markJobFailed(ctx.db, err instanceof JobFailure ? { ...job, attempts: job.max_attempts } : job, workerId, error, ctx.now);
    ctx.log.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, outcome, err }, 'job failed');
    return { ok: false, error };
  }
}

/** A worker loop: one job at a time per process, any number of processes on one database. */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, config, log } = options;
  const handlers = options.handlers ?? JOB_HANDLERS;
  const workerId = options.workerId ?? newWorkerId();
  const clock = options.clock ?? (() => new Date());
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  let stopping = false;
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let lastScheduled = -Infinity;

  const runOnce = async () => {
    const now = clock();
    const job = await claimNextJob(db, { workerId, now, leaseMs, kinds: Object.keys(handlers) });
    if (job) await executeJob(job, workerId, { db, config, log, now, leaseMs }, handlers);
    return job;
  };

  const cycle = async () => {
    try {
      const now = clock();
      if (options.schedule !== false && now.getTime() - lastScheduled >= SCHEDULE_EVERY_MS) {
        lastScheduled = now.getTime();
        await enqueueScheduledJobs(db, now, config);
        await removeExpiredResults(db, config, now);
      }
      while (!stopping && (await runOnce()));
    } catch (err) {
      // The database may be briefly unreachable: keep polling rather than die.
      log.error({ err }, 'job runner cycle failed');
    }
    if (!stopping) {
      timer = setTimeout(() => {
        current = cycle();
      }, pollMs);
      timer.unref();
    }
  };

  return {
    workerId,
    runOnce,
    start: () => {
      if (started) return;
      started = true;
      current = cycle();
    },
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      await current;
    },
  };
}
