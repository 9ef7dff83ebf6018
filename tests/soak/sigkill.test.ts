/**
 * SIGKILL under writes (`npm run soak`): the real server (`cchc serve`, its own process) takes a burst of writes
 * over HTTP — media items, images and evidence files streamed to disk — and is killed with SIGKILL at a random
 * moment, again and again, then started again. After every start (the start-up sweep has run once /api/health
 * answers): every write it acknowledged (2xx) is there, each file with the bytes sent, no row names a missing
 * file, and no file is left that no row names, in its place or waiting under .incoming.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openStore } from '../../src/db/database';
import { listStoredFileKeys } from '../../src/db/repositories/stored-files';
import { loadConfig } from '../../src/server/config';
import { startServerProcess, type ServerProcess } from '../support/cli-process';
import { multipartBody } from '../support/multipart';
import { createTestDatabase, type TestDatabase } from '../support/postgres-cluster';
import { DEMO_PASSWORD, DIALECTS } from '../support/test-app';

const ROUNDS = Number(process.env.CCHC_SIGKILL_ROUNDS ?? 10);
const WRITERS = 6;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A PNG of a random size (4 KB – 2 MB): big ones are still streaming to disk when the kill comes. */
function randomPng(): Buffer {
  const size = pick([4_096, 40_000, 300_000, 2_000_000]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size)]);
}

type Acknowledged = { items: Set<string>; files: Map<string, { table: 'media_files' | 'evidence'; sha256: string }> };

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

describe.each(DIALECTS)('SIGKILL under writes on %s', (dialect) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-sigkill-'));
  let database: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`loses no acknowledged write and leaves no orphan file, over ${ROUNDS} kills`, async () => {
    if (dialect === 'postgres') database = await createTestDatabase(inject('postgresUrl'));
    const env = { DATA_DIR: dataDir, DATABASE_URL: database?.url ?? '', DEMO_PASSWORD };
    const config = { ...loadConfig({ DATA_DIR: dataDir }), databaseUrl: database?.url };
    const filesDir = join(dataDir, 'files');
    const acknowledged: Acknowledged = { items: new Set(), files: new Map() };
    const figures = { acknowledged: 0, cutOff: 0, refused: 0, swept: { removed: 0, placed: 0 }, perRound: [] as string[] };

    server = await startServerProcess(env);
    const login = async (username: string) => {
      const res = await fetch(`${server!.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
      expect(res.status).toBe(200);
      return res.headers.getSetCookie().find((c) => c.startsWith('cchc_session='))!.split(';')[0]!;
    };
    // Sessions live in the database: they hold across the kills.
    const editor = await login('bvsn.editor');
    const unit = await login('ttyt-lccd.tchc-tckt');
    const occurrences = (await (await fetch(`${server.url}/api/occurrences?mine=1&status=not_started&limit=5`, { headers: { cookie: unit } })).json()).items as { id: string }[];
    expect(occurrences.length).toBeGreaterThan(0);

    /** Checks the data as the restarted server holds it, straight from the database and the disk. */
    const verify = async (round: number) => {
      const store = openStore(config);
      try {
        const items = new Set((await store.db.selectFrom('media_items').select('id').execute()).map((r) => r.id));
        const lostItems = [...acknowledged.items].filter((id) => !items.has(id));
        expect(lostItems, `round ${round}: acknowledged items lost`).toEqual([]);
        const rows = new Map<string, string>();
        for (const r of await store.db.selectFrom('media_files').select(['id', 'storage_key']).execute()) rows.set(r.id, r.storage_key);
        for (const r of await store.db.selectFrom('evidence').select(['id', 'storage_key']).where('storage_key', 'is not', null).execute()) rows.set(r.id, r.storage_key!);
        for (const [id, file] of acknowledged.files) {
          const key = rows.get(id);
          expect(key, `round ${round}: acknowledged ${file.table} ${id} lost`).toBeDefined();
          const path = join(filesDir, key!);
          expect(existsSync(path), `round ${round}: the file of ${id} is missing`).toBe(true);
          expect(sha(readFileSync(path)), `round ${round}: the file of ${id} differs`).toBe(file.sha256);
        }
        const named = await listStoredFileKeys(store.db);
        const onDisk = allFiles(filesDir);
        const orphans = onDisk.filter((key) => !named.has(key));
        expect(orphans, `round ${round}: files no row names (.incoming included)`).toEqual([]);
        const missing = [...named].filter((key) => !existsSync(join(filesDir, key)));
        expect(missing, `round ${round}: rows naming a missing file`).toEqual([]);
        expect(allFiles(join(dataDir, 'exports')), `round ${round}: exports`).toEqual([]);
      } finally {
        await store.close();
      }
    };

    const seed = await fetch(`${server.url}/api/media-items`, { method: 'POST', headers: { cookie: editor, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'news', title: 'Tin gốc cho ảnh' }) });
    expect(seed.status).toBe(201);
    acknowledged.items.add((await seed.json()).id);

    for (let round = 1; round <= ROUNDS; round++) {
      const url = server.url;
      let killed = false;
      let acknowledgedThisRound = 0;
      const writer = async () => {
        while (!killed) {
          const action = pick(['item', 'image', 'image', 'evidence', 'evidence'] as const);
          try {
            if (action === 'item') {
              const res = await fetch(`${url}/api/media-items`, { method: 'POST', headers: { cookie: editor, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'news', title: `Tin viết lúc bị dừng ${round}-${randomBytes(3).toString('hex')}` }) });
              if (res.ok) acknowledged.items.add((await res.json()).id);
              else figures.refused++;
              if (res.ok) acknowledgedThisRound++;
            } else {
              const content = action === 'image' ? randomPng() : Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(pick([2_000, 100_000, 1_500_000]))]);
              const body = multipartBody(action === 'image' ? { kind: 'image' } : {}, { name: action === 'image' ? 'anh.png' : 'bao-cao.pdf', content, type: action === 'image' ? 'image/png' : 'application/pdf' });
              const target = action === 'image' ? `/api/media-items/${pick([...acknowledged.items])}/files` : `/api/occurrences/${pick(occurrences).id}/evidence`;
              const res = await fetch(`${url}${target}`, { method: 'POST', headers: { ...body.headers, cookie: action === 'image' ? editor : unit }, body: body.payload });
              if (res.ok) {
                const id = (await res.json()).id as string;
                acknowledged.files.set(id, { table: action === 'image' ? 'media_files' : 'evidence', sha256: sha(content) });
                acknowledgedThisRound++;
              } else figures.refused++;
            }
          } catch {
            // The connection dropped: the server was killed with the request in flight (not acknowledged).
            figures.cutOff++;
            return;
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      // A random moment of the burst (the first requests after a start are slow, so not too early).
      await sleep(1_000 + Math.random() * 3_000);
      killed = true;
      server.child.kill('SIGKILL');
      await server.exited;
      await Promise.all(writers);
      figures.acknowledged += acknowledgedThisRound;

      // Files the dead process left, before the start-up sweep sees them.
      const left = allFiles(join(filesDir, '.incoming')).length;
      server = await startServerProcess(env);
      const line = server.child.output().split('\n').find((l) => l.includes('Dọn tệp khi khởi động'));
      const swept = line ? (JSON.parse(line) as { removed: number; placed: number }) : { removed: 0, placed: 0 };
      figures.swept.removed += swept.removed;
      figures.swept.placed += swept.placed;
      figures.perRound.push(`round ${round}: ${acknowledgedThisRound} acknowledged, ${left} waiting files left by the kill, sweep removed ${swept.removed} and placed ${swept.placed}`);
      await verify(round);
    }
    server.child.kill('SIGTERM');
    await server.exited;

    console.log(
      [
        `SIGKILL under writes on ${dialect}: ${ROUNDS} kills, ${figures.acknowledged} acknowledged writes (${acknowledged.items.size} items, ${acknowledged.files.size} files), ` +
          `${figures.cutOff} requests cut off by the kill, ${figures.refused} refused; lost 0; the start-up sweeps removed ${figures.swept.removed} files and placed ${figures.swept.placed}; orphans after each start: 0`,
        ...figures.perRound,
      ].join('\n  '),
    );
    expect(figures.acknowledged).toBeGreaterThan(ROUNDS);
  });
});
