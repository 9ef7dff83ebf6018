import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { Config } from '../config';

/**
 * A file under DATA_DIR/files or DATA_DIR/exports is only ever put in its place after the row naming it has
 * committed. Until then it waits, fully written and flushed, under `.incoming/<writer>/` of its folder:
 *
 *   1. stream the bytes to `.incoming/<writer>/<key>` and flush them to disk;
 *   2. commit the row that names `<key>`;
 *   3. rename the file to `<key>` and flush the folder.
 *
 * So a file in its place always has its row (or had one: a removal deletes the row, then the file), and a
 * process that dies leaves at most a file in `.incoming`, which the start-up sweep (sweep-orphans.ts) moves
 * into place when its row committed and removes when it did not. See docs/decisions (files after commit).
 */
export const INCOMING = '.incoming';

export const filesDirOf = (config: Pick<Config, 'dataDir'>) => join(config.dataDir, 'files');

const HOST = hostname().replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 64) || 'host';

/** This process in the name of its `.incoming` folder: host, process id, and a random word for a process id used again. */
export const WRITER_TAG = `${HOST}~${process.pid}~${randomBytes(4).toString('hex')}`;

/** Whether a process that named a folder with `tag` is this one, certainly gone, maybe alive, or on another machine. */
export type WriterState = 'self' | 'dead' | 'alive' | 'unknown';

export function writerState(tag: string): WriterState {
  if (tag === WRITER_TAG) return 'self';
  const match = /^(.+)~(\d+)~[0-9a-f]+$/.exec(tag);
  if (!match || match[1] !== HOST) return 'unknown';
  const pid = Number(match[2]);
  // This process holds the id now, so the one that had it before has ended (a container's process 1 restarted).
  if (pid === process.pid) return 'dead';
  try {
    process.kill(pid, 0);
    return 'alive';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? 'dead' : 'alive';
  }
}

/** A key is a relative path of plain names under the folder: never absolute, never `..`, never in `.incoming`. */
export function isSafeKey(key: string): boolean {
  if (!key || key.length > 500 || key.startsWith('/') || key.includes('\\') || key.includes('\0')) return false;
  const parts = key.split('/');
  return parts[0] !== INCOMING && parts.every((p) => p !== '' && p !== '.' && p !== '..');
}

/** Where this process writes `key` before its row commits. */
export const stagedPath = (dir: string, key: string, tag = WRITER_TAG) => join(dir, INCOMING, tag, encodeURIComponent(key));

/** Opens a new file for `key` under this process's `.incoming` folder; the caller streams into it. */
export async function openStaged(dir: string, key: string) {
  if (!isSafeKey(key)) throw new Error(`Khoá tệp không hợp lệ: ${key}`);
  const path = stagedPath(dir, key);
  await mkdir(dirname(path), { recursive: true });
  return { path, handle: await open(path, 'wx') };
}

/** Writes `bytes` for `key` under this process's `.incoming` folder, flushed to disk. */
export async function writeStaged(dir: string, key: string, bytes: Uint8Array): Promise<void> {
  if (!isSafeKey(key)) throw new Error(`Khoá tệp không hợp lệ: ${key}`);
  const path = stagedPath(dir, key);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes, { flush: true });
}

export async function discardStaged(dir: string, key: string): Promise<void> {
  await rm(stagedPath(dir, key), { force: true });
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Moves a staged file to its place once the row naming it has committed (from `from`, another process's
 * folder, when the sweep finishes that process's work). A sweep that got there first is no failure.
 */
export async function placeStaged(dir: string, key: string, from = stagedPath(dir, key)): Promise<void> {
  const to = join(dir, key);
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(to)) return;
    throw error;
  }
  await syncDir(dirname(to));
}
