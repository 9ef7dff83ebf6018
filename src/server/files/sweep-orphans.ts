import { existsSync } from 'node:fs';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../db/database';
import { listJobResultKeys, listStoredFileKeys } from '../../db/repositories/stored-files';
import type { Config } from '../config';
import { exportsDir } from '../jobs/job-result-files';
import { filesDirOf, INCOMING, isSafeKey, placeStaged, writerState } from './staged-files';

/** A waiting file of a process on another machine (a shared folder) is kept this long after its last write. */
export const UNKNOWN_WRITER_GRACE_MS = 3_600_000;

export type SweepResult = {
  /** Files no row names, and waiting files whose process died before its row committed: deleted. */
  removed: number;
  /** Waiting files whose row had committed when their process died: moved into their place. */
  placed: number;
  /** Waiting files of processes still at work (or that cannot be asked yet): left alone. */
  kept: number;
  /**
   * Files in their place that no row names, left alone because they are too many to be leftovers of a crash:
   * more than half the folder, as when DATABASE_URL points at another (or a new) database than DATA_DIR's.
   */
  withheld: number;
};

/** Above this many, files no row names are deleted only while they are at most half of the folder. */
const WITHHOLD_ABOVE = 20;

/** The folder under DATA_DIR where backups prepare their archive (src/server/backup). */
export const backupStagingRoot = (config: Pick<Config, 'dataDir'>) => join(config.dataDir, '.backup');

type Area = { dir: string; referenced: () => Promise<Set<string>> };
type Waiting = { tag: string; key: string | null; path: string; mtimeMs: number };

async function listPlaced(dir: string, prefix = ''): Promise<string[]> {
  const keys: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (!prefix && entry.name === INCOMING) continue;
    const key = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) keys.push(...(await listPlaced(dir, key)));
    else keys.push(key);
  }
  return keys;
}

const decodeKey = (name: string): string | null => {
  try {
    const key = decodeURIComponent(name);
    return isSafeKey(key) ? key : null;
  } catch {
    return null;
  }
};

async function listWaiting(dir: string): Promise<{ tags: string[]; files: Waiting[] }> {
  const root = join(dir, INCOMING);
  if (!existsSync(root)) return { tags: [], files: [] };
  const tags: string[] = [];
  const files: Waiting[] = [];
  for (const tag of await readdir(root, { withFileTypes: true })) {
    const tagDir = join(root, tag.name);
    if (!tag.isDirectory()) {
      files.push({ tag: '', key: null, path: tagDir, mtimeMs: (await stat(tagDir)).mtimeMs });
      continue;
    }
    tags.push(tag.name);
    for (const entry of await readdir(tagDir, { withFileTypes: true })) {
      const path = join(tagDir, entry.name);
      files.push({ tag: tag.name, key: entry.isFile() ? decodeKey(entry.name) : null, path, mtimeMs: (await stat(path)).mtimeMs });
    }
  }
  return { tags, files };
}

const mayDiscard = (tag: string, mtimeMs: number, now: Date) => {
  const state = writerState(tag);
  return state === 'dead' || (state === 'unknown' && now.getTime() - mtimeMs > UNKNOWN_WRITER_GRACE_MS);
};

async function sweepArea(area: Area, now: Date): Promise<SweepResult> {
  const result: SweepResult = { removed: 0, placed: 0, kept: 0, withheld: 0 };
  if (!existsSync(area.dir)) return result;
  // Listed before the rows are read: a file in its place had its row committed before it got there.
  const placed = await listPlaced(area.dir);
  const waiting = await listWaiting(area.dir);
  if (placed.length === 0 && waiting.files.length === 0) return result;
  const referenced = await area.referenced();
  const unnamed = placed.filter((key) => !referenced.has(key));
  // A crash leaves a handful; most of the folder unnamed means the rows read are not this folder's.
  if (unnamed.length > WITHHOLD_ABOVE && unnamed.length * 2 > placed.length) result.withheld = unnamed.length;
  else {
    for (const key of unnamed) await rm(join(area.dir, key), { force: true });
    result.removed += unnamed.length;
  }
  for (const file of waiting.files) {
    if (file.key && referenced.has(file.key)) {
      // Its row committed and its process died (or is about to move it itself): finish the move.
      if (existsSync(join(area.dir, file.key))) await rm(file.path, { force: true, recursive: true });
      else await placeStaged(area.dir, file.key, file.path);
      result.placed++;
    } else if (mayDiscard(file.tag, file.mtimeMs, now)) {
      await rm(file.path, { force: true, recursive: true });
      result.removed++;
    } else {
      result.kept++;
    }
  }
  for (const tag of waiting.tags) {
    const state = writerState(tag);
    if (state === 'dead' || state === 'unknown') await rmdir(join(area.dir, INCOMING, tag)).catch(() => undefined);
  }
  return result;
}

/** Folders a backup left behind when its process died. */
async function sweepBackupStaging(config: Pick<Config, 'dataDir'>, now: Date): Promise<void> {
  const root = backupStagingRoot(config);
  if (!existsSync(root)) return;
  for (const tag of await readdir(root)) {
    const path = join(root, tag);
    if (mayDiscard(tag, (await stat(path)).mtimeMs, now)) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Makes the files on disk agree with the rows: runs at start-up, before the server listens, and every hour.
 * Under DATA_DIR/files (evidence, media files) and DATA_DIR/exports (job results):
 *  - a file in its place that no row names is deleted (its row was removed, or never committed before a crash),
 *    unless such files are most of the folder (more than 20 and more than half): then the rows are not this
 *    folder's (DATABASE_URL and DATA_DIR not a pair) and nothing is deleted, the start-up log says so;
 *  - a waiting file (`.incoming/<process>/`) whose row committed is moved into its place;
 *  - a waiting file whose row did not commit is deleted once its process is known to be gone (same machine:
 *    the process id no longer runs), or an hour after its last write when its process is on another machine.
 */
export async function sweepOrphanFiles(db: Db, config: Pick<Config, 'dataDir'>, now = new Date()): Promise<SweepResult> {
  const areas: Area[] = [
    { dir: filesDirOf(config), referenced: () => listStoredFileKeys(db) },
    { dir: exportsDir(config), referenced: () => listJobResultKeys(db) },
  ];
  const total: SweepResult = { removed: 0, placed: 0, kept: 0, withheld: 0 };
  for (const area of areas) {
    const r = await sweepArea(area, now);
    total.removed += r.removed;
    total.placed += r.placed;
    total.kept += r.kept;
    total.withheld += r.withheld;
  }
  await sweepBackupStaging(config, now);
  return total;
}
