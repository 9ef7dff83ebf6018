import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { create as createTar } from 'tar';
import type { Store } from '../../db/database';
import { snapshotDatabase } from '../../db/snapshot';
import { APP_VERSION } from '../version';
import type { Config } from '../config';
import { filesDirOf, INCOMING, isSafeKey, stagedPath, WRITER_TAG } from '../files/staged-files';
import { backupStagingRoot } from '../files/sweep-orphans';
import { hashFile } from './hash-file';
import { BACKUP_FORMAT, BackupError, DATABASE_PATHS, FILES_PREFIX, MANIFEST_PATH, type Manifest, type ManifestEntry } from './manifest';

/** Called between the steps of a long backup (the daily job renews its lease with it). */
export type BackupProgress = (note: string) => Promise<void> | void;

export type BackupSummary = { file: string; manifest: Manifest; archiveBytes: number };

/** Where a key's bytes are: in its place, or still waiting under `.incoming` when its row has just committed. */
function sourceOf(filesDir: string, key: string): string | undefined {
  const placed = join(filesDir, key);
  if (existsSync(placed)) return placed;
  const incoming = join(filesDir, INCOMING);
  if (!existsSync(incoming)) return undefined;
  // Only for the rare key caught between its commit and its rename.
  for (const tag of readdirSync(incoming)) {
    const path = stagedPath(filesDir, key, tag);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Hard-links (or, across file systems, copies) every file the snapshot names into the staging folder: a
 * removal on the live folder after this no longer touches the copy. Answers the keys whose file is gone.
 */
async function gatherFiles(filesDir: string, into: string, keys: readonly string[], progress: BackupProgress): Promise<string[]> {
  const missing: string[] = [];
  let done = 0;
  for (const key of keys) {
    const source = isSafeKey(key) ? sourceOf(filesDir, key) : undefined;
    if (!source) {
      missing.push(key);
      continue;
    }
    const target = join(into, key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await link(source, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') missing.push(key);
      else if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK' || code === 'ENOTSUP') await copyFile(source, target);
      else throw error;
    }
    if (++done % 500 === 0) await progress(`Đã gom ${done}/${keys.length} tệp`);
  }
  return missing;
}

/** A SQLite backup needs the database file: opening a store on a wrong DATA_DIR would make an empty one. */
export function assertBackupSource(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>): void {
  if (!config.databaseUrl && !existsSync(config.sqliteFile)) throw new BackupError(`Không có cơ sở dữ liệu ${config.sqliteFile} để sao lưu (kiểm tra DATA_DIR).`);
}

/**
 * Writes one archive (tar + gzip) of the database and the uploaded files, consistent while the server runs:
 *  1. a snapshot of the database (SQLite online backup API; pg_dump in an exported snapshot), with its rows
 *     per table and the file keys its rows name, read in that same snapshot;
 *  2. every file the snapshot names, hard-linked into a staging folder at once (files are never changed in
 *     place, only added and removed; a file removed in between means its row went too, so a second snapshot
 *     is taken; what is still missing then was already missing, and is listed in the manifest);
 *  3. manifest.json (app version, migration, database kind, time, rows per table, each entry's size and
 *     SHA-256), then the archive: manifest.json first, database/, files/.
 * The archive is written under a `.part` name and renamed when complete; an existing file is never overwritten.
 */
export async function createBackup(store: Store, config: Config, target: string, options: { progress?: BackupProgress; now?: () => Date } = {}): Promise<BackupSummary> {
  const progress = options.progress ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const file = resolve(target);
  if (existsSync(file)) throw new BackupError(`Tệp ${file} đã có; bản sao lưu không ghi đè tệp có sẵn, hãy chọn tên khác.`);
  assertBackupSource(config);
  await mkdir(dirname(file), { recursive: true });
  const staging = join(backupStagingRoot(config), WRITER_TAG, randomBytes(6).toString('hex'));
  const part = `${file}.part`;
  const filesDir = filesDirOf(config);
  try {
    let snapshot;
    let missing: string[] = [];
    for (let attempt = 1; ; attempt++) {
      await rm(staging, { recursive: true, force: true });
      await mkdir(join(staging, 'database'), { recursive: true });
      await mkdir(join(staging, 'files'), { recursive: true });
      await progress('Đang chụp cơ sở dữ liệu');
      snapshot = await snapshotDatabase(store, join(staging, DATABASE_PATHS[store.kind]));
      await progress(`Đang gom ${snapshot.fileKeys.length} tệp`);
      missing = await gatherFiles(filesDir, join(staging, 'files'), snapshot.fileKeys, progress);
      if (missing.length === 0 || attempt === 2) break;
    }
    await progress('Đang tính mã kiểm tra');
    const files: ManifestEntry[] = [];
    const missingSet = new Set(missing);
    for (const key of snapshot.fileKeys) {
      if (missingSet.has(key)) continue;
      files.push({ path: `${FILES_PREFIX}${key}`, ...(await hashFile(join(staging, 'files', key))) });
      if (files.length % 500 === 0) await progress(`Đã tính mã ${files.length}/${snapshot.fileKeys.length} tệp`);
    }
    const databasePath = DATABASE_PATHS[store.kind];
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      app: { name: 'cchc', version: APP_VERSION },
      createdAt: now().toISOString(),
      database: { kind: store.kind, migration: snapshot.migration, path: databasePath, ...(await hashFile(join(staging, databasePath))), tables: snapshot.tables },
      files,
      missingFiles: missing,
    };
    await writeFile(join(staging, MANIFEST_PATH), `${JSON.stringify(manifest, null, 2)}\n`);

    await progress('Đang nén');
    let written = 0;
    let reported = 0;
    const count = new Transform({
      transform(chunk: Buffer, _enc, done) {
        written += chunk.length;
        done(null, chunk);
      },
    });
    const ticker = setInterval(() => {
      if (written - reported < 64 * 1024 * 1024) return;
      reported = written;
      void Promise.resolve(progress(`Đã ghi ${Math.round(written / 1024 / 1024)} MB`)).catch(() => undefined);
    }, 5_000);
    try {
      const entries = [MANIFEST_PATH, 'database', ...((await readdir(join(staging, 'files'))).length ? ['files'] : [])];
      await pipeline(createTar({ gzip: true, cwd: staging, portable: true, strict: true }, entries), count, createWriteStream(part, { flags: 'wx', flush: true }));
    } finally {
      clearInterval(ticker);
    }
    await rename(part, file);
    return { file, manifest, archiveBytes: written };
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
    // The process's folder, then the root, once empty (another backup running keeps them).
    await rmdir(dirname(staging)).catch(() => undefined);
    await rmdir(backupStagingRoot(config)).catch(() => undefined);
  }
}
