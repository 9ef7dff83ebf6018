import Database from 'better-sqlite3';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertItem } from '../support/media-fixtures';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * The view cache (issue 17) never answers with what the data no longer says: any write, by this process
 * or another, and the next day, make the view again; each person has their own answer.
 */
describe.each(DIALECTS)('view cache (%s)', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let planId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
    coordinator = await t.login('bvsn.coordinator');
    const plans = await t.request('GET', '/api/plans?year=2026', { cookie: coordinator });
    planId = plans.json().items.find((p: { organization: { code: string } }) => p.organization.code === 'BVSN').id;
  }, 120_000);
  afterAll(() => t.close());
  afterEach(() => vi.useRealTimers());

  const plan = () => t.request('GET', `/api/plans/${planId}`, { cookie: coordinator });
  /** A hit on both databases: PostgreSQL's version is this database's own (migration 0021), not the server's. */
  const expectKept = (res: { headers: Record<string, unknown> }) => expect(res.headers['x-view-cache']).toBe('hit');

  it('answers a second look from the cache, the same text', async () => {
    const first = await plan();
    const second = await plan();
    expect(first.statusCode).toBe(200);
    expectKept(second);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
  });

  it('keeps the compressed bytes too: a kept answer comes as brotli or gzip as asked, the same JSON', async () => {
    const identity = (await plan()).body;
    expect(identity.length).toBeGreaterThan(2048);
    for (const [asked, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      for (let look = 0; look < 3; look++) {
        const res = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: { cookie: coordinator, 'accept-encoding': asked } });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-encoding']).toBe(encoding);
        expect(res.headers.vary).toContain('accept-encoding');
        expect(decode(res.rawPayload).toString('utf8')).toBe(identity);
        if (look > 0) expectKept(res);
      }
    }
    const plain = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: { cookie: coordinator, 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(identity);
  });

  it('makes a view once for everyone asking at the same moment after a write: the others are sent what it kept', async () => {
    await plan();
    const renamed = `Kế hoạch xem cùng lúc ${dialect}`;
    expect((await t.request('PATCH', `/api/plans/${planId}`, { cookie: coordinator, body: { title: renamed } })).statusCode).toBe(200);
    const together = await Promise.all(Array.from({ length: 8 }, () => plan()));
    expect(together.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    expect(together.map((r) => r.headers['x-view-cache']).sort()).toEqual([...Array(7).fill('hit'), 'miss']);
    expect(new Set(together.map((r) => r.body)).size).toBe(1);
    expect(together[0]!.json().title).toBe(renamed);
  });

  it('makes the view again after a write through the app', async () => {
    const reporter = await t.login('bvsn.tchc');
    const list = () => t.request('GET', '/api/occurrences?mine=1&open=1&limit=5', { cookie: reporter });
    const before = await list();
    expectKept(await list());
    const item = before.json().items.find((o: { can: { update: boolean } }) => o.can.update);
    const note = `Đã cập nhật qua ứng dụng (${dialect})`;
    expect((await t.request('PATCH', `/api/occurrences/${item.id}`, { cookie: reporter, body: { note } })).statusCode).toBe(200);
    const after = await list();
    expect(after.headers['x-view-cache']).toBe('miss');
    expect(after.json().items.find((o: { id: string }) => o.id === item.id)?.note).toBe(note);
  });

  it('makes the view again after a write by another connection (another process, a command line)', async () => {
    await plan();
    expectKept(await plan());
    const title = `Kế hoạch đổi tên bởi tiến trình khác ${dialect}`;
    if (dialect === 'sqlite') {
      const other = new Database(t.config.sqliteFile);
      other.prepare('update plans set title = ? where id = ?').run(title, planId);
      other.close();
    } else {
      const other = new Client({ connectionString: t.config.databaseUrl });
      await other.connect();
      await other.query('update plans set title = $1 where id = $2', [title, planId]);
      await other.end();
    }
    const after = await plan();
    expect(after.headers['x-view-cache']).toBe('miss');
    expect(after.json().title).toBe(title);
  });

  it("counts a province's work again after a write by another connection (the department of health's matrix and home)", async () => {
    const director = await t.login('syt-lc.director');
    const matrix = () => t.request('GET', '/api/progress/matrix?year=2026&scope=bodies', { cookie: director });
    const home = () => t.request('GET', '/api/home', { cookie: director });
    const [matrixBefore, homeBefore] = [(await matrix()).body, (await home()).body];
    const late = await t.store.db
      .selectFrom('occurrences as oc')
      .innerJoin('organizations as o', 'o.id', 'oc.organization_id')
      .select('oc.id')
      .where('o.code', '=', 'KHTH')
      .where('oc.status', 'in', ['not_started', 'in_progress'])
      .where('oc.due', '<', '2026-06-30')
      .execute();
    expect(late.length).toBeGreaterThan(0);
    const ids = late.map((r) => r.id);
    if (dialect === 'sqlite') {
      const other = new Database(t.config.sqliteFile);
      other.prepare(`update occurrences set status = 'not_applicable' where id in (${ids.map(() => '?').join(',')})`).run(...ids);
      other.close();
    } else {
      const other = new Client({ connectionString: t.config.databaseUrl });
      await other.connect();
      await other.query(`update occurrences set status = 'not_applicable' where id = any($1)`, [ids]);
      await other.end();
    }
    expect((await matrix()).body).not.toBe(matrixBefore);
    expect((await home()).body).not.toBe(homeBefore);
  });

  it('keeps each person their own answer, and makes the view again the next day', async () => {
    const director = await t.login('bvsn.director');
    const mine = await t.request('GET', '/api/home', { cookie: coordinator });
    const theirs = await t.request('GET', '/api/home', { cookie: director });
    expect(theirs.headers['x-view-cache']).not.toBe('hit');
    expect(theirs.body).not.toBe(mine.body);
    expectKept(await t.request('GET', '/api/home', { cookie: coordinator }));
    // The next day (sessions last hours, so the person signs in again that day): lateness is counted to a new today.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() + 24 * 3600 * 1000));
    const nextDay = await t.login('bvsn.coordinator');
    const res = await t.request('GET', '/api/home', { cookie: nextDay });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-view-cache']).toBe('miss');
  });

  it('reuses a session check only until something is written: signing out elsewhere, or a disabled account, ends it at once', async () => {
    const cookie = await t.login('ttyt-lccd.coordinator');
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(200);
    // Another process signs every session of the person out (a second connection deletes them).
    if (dialect === 'sqlite') {
      const other = new Database(t.config.sqliteFile);
      other.prepare("delete from sessions where user_id = (select id from users where username = 'ttyt-lccd.coordinator')").run();
      other.close();
    } else {
      const other = new Client({ connectionString: t.config.databaseUrl });
      await other.connect();
      await other.query("delete from sessions where user_id = (select id from users where username = 'ttyt-lccd.coordinator')");
      await other.end();
    }
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(401);
    const again = await t.login('ttyt-lccd.coordinator');
    expect((await t.request('GET', '/api/home', { cookie: again })).statusCode).toBe(200);
    await t.store.db.updateTable('users').set({ disabled_at: new Date().toISOString() }).where('username', '=', 'ttyt-lccd.coordinator').execute();
    expect((await t.request('GET', '/api/home', { cookie: again })).statusCode).toBe(401);
  });

  it('keeps no refusal and nothing for someone signed out', async () => {
    const coordinator = await t.login('bvsn.coordinator');
    const missing = '01900000-0000-7000-8000-000000000000';
    for (let i = 0; i < 2; i++) {
      const res = await t.request('GET', `/api/plans/${missing}`, { cookie: coordinator });
      expect(res.statusCode).toBe(404);
      expect(res.headers['x-view-cache']).toBeUndefined();
    }
    expect((await t.request('GET', `/api/plans/${planId}`)).statusCode).toBe(401);
  });
  it("keeps a citizen page per address it was asked at, answers 304 to its ETag, and shows news published since", async () => {
    const news = (host = 'localhost', headers: Record<string, string> = {}) => t.request('GET', '/p/bvsn/tin-tuc', { headers: { host, ...headers } });
    const first = await news();
    const second = await news();
    expect(first.statusCode).toBe(200);
    expectKept(second);
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe(first.headers['cache-control']);
    expect(second.headers['content-type']).toMatch(/^text\/html/);
    const unchanged = await news('localhost', { 'if-none-match': String(first.headers.etag) });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');

    // Another address gets its own links, never the first one's page.
    const other = await news('cchc.benhvien.local');
    expect(other.body).toContain('http://cchc.benhvien.local/p/bvsn/tin-tuc');
    expect(other.body).not.toContain('http://localhost/');

    const title = `Tin mới đăng trên trang công khai (${dialect})`;
    await insertItem(t.store.db, { bodyCode: 'BVSN', title, publications: [['website', '2026-01-02']] });
    const after = await news();
    expect(after.headers['x-view-cache']).toBe('miss');
    expect(after.body).toContain(title);
    expect(after.headers.etag).not.toBe(first.headers.etag);
  });
});
