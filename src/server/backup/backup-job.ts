import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { archivesBeyondKeep, backupArchiveName } from '../../domain/backups/daily-backup';
import { openStore } from '../../db/database';
import { reportProgress } from '../jobs/job-result-files';
import { JobFailure, type JobHandler } from '../jobs/job-kinds';
import { createBackup } from './create-backup';
import { totalBytes } from './manifest';

const STALE_PART_MS = 24 * 3_600_000;

/**
 * The daily backup (BACKUP_DIR, BACKUP_KEEP, BACKUP_HOUR): one archive like `cchc backup`, named by its moment,
 * then the daily archives beyond the newest BACKUP_KEEP are deleted. The progress notes renew the job's lease,
 * so a long backup keeps its job.
 */
export const dailyBackup: JobHandler = async (_payload, ctx) => {
  const settings = ctx.config.backup;
  if (!settings) throw new JobFailure('Chưa đặt BACKUP_DIR nên không có sao lưu hằng ngày.');
  await mkdir(settings.dir, { recursive: true });
  // A backup that died half written (its process killed) leaves a `.part`; the next day's job clears it.
  for (const name of await readdir(settings.dir)) {
    if (!/^cchc-\d{8}-\d{6}\.tar\.gz\.part$/.test(name)) continue;
    const path = join(settings.dir, name);
    if (ctx.now.getTime() - (await stat(path)).mtimeMs > STALE_PART_MS) await rm(path, { force: true });
  }
  const store = openStore({ databaseUrl: ctx.config.databaseUrl, sqliteFile: ctx.config.sqliteFile });
  let summary;
  try {
    summary = await createBackup(store, ctx.config, join(settings.dir, backupArchiveName(ctx.now)), { progress: (note) => reportProgress(ctx, { done: 0, total: null, note }) });
  } finally {
    await store.close();
  }
  const removed = archivesBeyondKeep(await readdir(settings.dir), settings.keep);
  for (const name of removed) await rm(join(settings.dir, name), { force: true });
  ctx.log.info({ file: summary.file, files: summary.manifest.files.length, bytes: summary.archiveBytes, removed }, 'daily backup written');
  return { file: summary.file, files: summary.manifest.files.length, fileBytes: totalBytes(summary.manifest), archiveBytes: summary.archiveBytes, removed };
};
