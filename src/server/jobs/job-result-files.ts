import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../db/database';
import { forgetJobResult, listExpiredResults, recordJobProgress, recordJobResult, type JobProgress } from '../../db/repositories/job-results';
import type { Config } from '../config';
import { discardStaged, placeStaged, writeStaged } from '../files/staged-files';
import type { JobContext } from './job-kinds';

/** How long an export's file can be downloaded: a working day, then it is removed to spare the disk. */
export const RESULT_KEEP_MS = 24 * 3_600_000;

export const exportsDir = (config: Pick<Config, 'dataDir'>) => join(config.dataDir, 'exports');

const LEASE_LOST = 'Việc này đã được chuyển cho tiến trình khác xử lý.';

/** Records progress for the job in hand (nothing when the handler runs outside the queue); stops a worker that lost the job. */
export async function reportProgress(ctx: JobContext, progress: JobProgress): Promise<void> {
  if (!ctx.job) return;
  const held = await recordJobProgress(ctx.db, ctx.job.id, ctx.job.workerId, progress, new Date(Date.now() + ctx.job.leaseMs));
  if (!held) throw new Error(LEASE_LOST);
  // SQLite answers synchronously: without a pause a long export would hold the event loop, and with
  // it every request, including the ones polling this very progress, until it ends.
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Writes the job's result under DATA_DIR/exports, named by the job's id, and attaches it to the job until it
 * expires. Like an upload, the file takes its place only once the job names it (src/server/files/staged-files.ts).
 */
export async function saveJobResult(ctx: JobContext, file: { bytes: Buffer; name: string; type: string; extension: string }): Promise<void> {
  if (!ctx.job) throw new Error('saveJobResult needs a job in hand');
  const dir = exportsDir(ctx.config);
  const key = `${ctx.job.id}.${file.extension}`;
  await writeStaged(dir, key, file.bytes);
  let attached: boolean;
  try {
    attached = await recordJobResult(ctx.db, ctx.job.id, ctx.job.workerId, { key, name: file.name, type: file.type, expiresAt: new Date(ctx.now.getTime() + RESULT_KEEP_MS) });
  } catch (error) {
    await discardStaged(dir, key);
    throw error;
  }
  if (!attached) {
    await discardStaged(dir, key);
    throw new Error(LEASE_LOST);
  }
  await placeStaged(dir, key);
}

/** Deletes the files of expired results; the runner calls it every minute, on every process (removing twice is harmless). */
export async function removeExpiredResults(db: Db, config: Pick<Config, 'dataDir'>, now: Date): Promise<number> {
  const expired = await listExpiredResults(db, now);
  for (const row of expired) {
    await rm(join(exportsDir(config), row.result_key!), { force: true });
    await forgetJobResult(db, row.id);
  }
  return expired.length;
}
