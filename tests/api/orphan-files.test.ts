import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { Config } from '../../src/server/config';
import { INCOMING, stagedPath, WRITER_TAG } from '../../src/server/files/staged-files';
import { sweepOrphanFiles } from '../../src/server/files/sweep-orphans';
import { startServer } from '../../src/server/start';
import { multipartBody } from '../support/multipart';
import { DEMO_PASSWORD, DIALECTS, openTestStore } from '../support/test-app';

const HOST = WRITER_TAG.split('~')[0]!;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(120, 7)]);

/** A process id that ran and has ended. */
const deadPid = () => spawnSync('true').pid!;

describe.each(DIALECTS)('files left by a process that died, on %s', (dialect) => {
  let config: Config;
  let dispose: () => Promise<void>;
  let filesDir: string;
  const keys: string[] = [];
  const sleeper = spawn('sleep', ['600'], { stdio: 'ignore' });

  beforeAll(async () => {
    const opened = await openTestStore(dialect);
    config = opened.config;
    dispose = opened.dispose;
    filesDir = join(config.dataDir, 'files');
    // Two files uploaded the ordinary way: rows committed, files in place.
    const app = await buildApp({ store: opened.store, config, logger: false, webRoot: '/nonexistent' });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bvsn.editor', password: DEMO_PASSWORD } });
    const cookie = `cchc_session=${login.cookies.find((c) => c.name === 'cchc_session')!.value}`;
    const item = (await app.inject({ method: 'POST', url: '/api/media-items', headers: { cookie }, payload: { kind: 'news', title: 'Ảnh tập huấn' } })).json();
    for (const name of ['mot.png', 'hai.png']) {
      const body = multipartBody({ kind: 'image' }, { name, content: PNG, type: 'image/png' });
      const res = await app.inject({ method: 'POST', url: `/api/media-items/${item.id}/files`, headers: { ...body.headers, cookie }, payload: body.payload });
      expect(res.statusCode).toBe(201);
    }
    const rows = await opened.store.db.selectFrom('media_files').select('storage_key').where('item_id', '=', item.id).execute();
    keys.push(...rows.map((r) => r.storage_key));
    await app.close();
    await opened.store.close();
  });
  afterAll(async () => {
    sleeper.kill('SIGKILL');
    await dispose();
  });

  it('after start-up: a file no row names is gone, a file whose row committed is in place, work of a live process is left alone', async () => {
    const [kept, interrupted] = keys as [string, string];
    // Row committed, process killed before the rename: the file still waits under .incoming.
    const dead = `${HOST}~${deadPid()}~0badc0de`;
    const waiting = stagedPath(filesDir, interrupted, dead);
    mkdirSync(join(filesDir, INCOMING, dead), { recursive: true });
    renameSync(join(filesDir, interrupted), waiting);
    // Process killed before its row committed: the file it was writing, and one in place that no row names.
    writeFileSync(stagedPath(filesDir, '2026/khong-co-dong.pdf', dead), '%PDF-1.7 half written');
    mkdirSync(join(filesDir, '2026'), { recursive: true });
    writeFileSync(join(filesDir, '2026', 'mo-coi.pdf'), '%PDF-1.7 no row');
    // An export whose job never recorded it.
    mkdirSync(join(config.dataDir, 'exports'), { recursive: true });
    writeFileSync(join(config.dataDir, 'exports', 'khong-co-viec.xlsx'), 'PK');
    // Another process on this machine still streaming an upload: its file must not be touched.
    const live = `${HOST}~${sleeper.pid}~12345678`;
    mkdirSync(join(filesDir, INCOMING, live), { recursive: true });
    writeFileSync(stagedPath(filesDir, '2026/dang-tai.png', live), PNG);
    // A process on another machine sharing the folder: kept for an hour after its last write, then removed.
    const far = 'may-khac~4242~abcdef01';
    mkdirSync(join(filesDir, INCOMING, far), { recursive: true });
    writeFileSync(stagedPath(filesDir, '2026/may-khac-moi.png', far), PNG);
    writeFileSync(stagedPath(filesDir, '2026/may-khac-cu.png', far), PNG);
    const old = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(stagedPath(filesDir, '2026/may-khac-cu.png', far), old, old);

    const running = await startServer({ ...config, port: 0, host: '127.0.0.1' }, { demo: false, logger: false, webRoot: '/nonexistent' });
    try {
      expect(running.swept).toEqual({ removed: 4, placed: 1, kept: 2, withheld: 0 });
      expect(readFileSync(join(filesDir, kept)).equals(PNG)).toBe(true);
      expect(readFileSync(join(filesDir, interrupted)).equals(PNG)).toBe(true);
      expect(existsSync(waiting)).toBe(false);
      expect(existsSync(join(filesDir, INCOMING, dead))).toBe(false);
      expect(existsSync(join(filesDir, '2026', 'mo-coi.pdf'))).toBe(false);
      expect(existsSync(join(config.dataDir, 'exports', 'khong-co-viec.xlsx'))).toBe(false);
      expect(existsSync(stagedPath(filesDir, '2026/dang-tai.png', live))).toBe(true);
      expect(existsSync(stagedPath(filesDir, '2026/may-khac-moi.png', far))).toBe(true);
      expect(existsSync(stagedPath(filesDir, '2026/may-khac-cu.png', far))).toBe(false);

      // Once the other process has ended, its leftovers go at the next sweep.
      sleeper.kill('SIGKILL');
      await new Promise((resolve) => sleeper.once('exit', resolve));
      expect(await sweepOrphanFiles(running.store.db, config)).toEqual({ removed: 1, placed: 0, kept: 1, withheld: 0 });
      expect(existsSync(join(filesDir, INCOMING, live))).toBe(false);
    } finally {
      await running.stop();
    }
  });

  it('deletes nothing when most of the folder is unknown to the database (DATABASE_URL and DATA_DIR not a pair)', async () => {
    const other = await openTestStore(dialect, { demo: false });
    try {
      const folder = join(other.config.dataDir, 'files', '2025');
      mkdirSync(folder, { recursive: true });
      for (let n = 0; n < 30; n++) writeFileSync(join(folder, `tep-${n}.png`), PNG);
      expect(await sweepOrphanFiles(other.store.db, other.config)).toEqual({ removed: 0, placed: 0, kept: 0, withheld: 30 });
      expect(existsSync(join(folder, 'tep-29.png'))).toBe(true);
    } finally {
      await other.dispose();
    }
  });
});
