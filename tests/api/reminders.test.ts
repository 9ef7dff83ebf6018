import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/db/database';
import type { Database } from '../../src/db/schema';
import { claimNextJob, enqueueJob, findJob, markJobDone } from '../../src/db/repositories/jobs';
import { REMINDER_SCAN_KIND } from '../../src/server/jobs/job-kinds';
import { createJobRunner } from '../../src/server/jobs/runner';
import { enqueueScheduledJobs } from '../../src/server/jobs/scheduler';
import { issueHealthCentreCommunicationPlan, REMINDER_HORIZON as HORIZON, REMINDER_MORNING as MORNING, REMINDER_TODAY as TODAY } from '../support/reminder-fixtures';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Notification = { id: string; kind: string; title: string; body: string; link: string | null; occurrenceId: string | null; createdAt: string; readAt: string | null };

/**
 * Another server process on the same database: its own connection pool. Its PostgreSQL pool ignores
 * errors of connections it is still closing when the test drops the database.
 */
function anotherProcess(t: TestApp): Store {
  const { databaseUrl, sqliteFile } = t.app.deps.config;
  if (!databaseUrl) return openStore({ databaseUrl, sqliteFile });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

describe.each(DIALECTS)('reminders on %s', (dialect) => {
  let t: TestApp;
  let departmentWork: { id: string; due: string }[];

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    departmentWork = (await issueHealthCentreCommunicationPlan(t)).officeWork;
  });
  afterAll(() => t.close());

  const notificationsOf = async (username: string) => {
    const user = await t.store.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    return t.store.db.selectFrom('notifications').selectAll().where('user_id', '=', user.id).execute();
  };

  it('enqueues the morning scan once however many processes try, and runs it for that day', async () => {
    const other = anotherProcess(t);
    try {
      const tries = await Promise.all([enqueueScheduledJobs(t.store.db, MORNING), enqueueScheduledJobs(other.db, MORNING), enqueueScheduledJobs(t.store.db, new Date('2026-06-26T08:00:00Z'))]);
      expect(tries.filter((r) => r.scanEnqueued)).toHaveLength(1);
    } finally {
      await other.close();
    }
    const scans = await t.store.db.selectFrom('jobs').selectAll().where('kind', '=', REMINDER_SCAN_KIND).execute();
    expect(scans).toEqual([expect.objectContaining({ unique_key: `reminders.scan:${TODAY}`, state: 'queued', payload_json: JSON.stringify({ today: TODAY }) })]);

    const runner = createJobRunner({ db: t.store.db, config: t.app.deps.config, log: t.app.log, clock: () => MORNING, schedule: false });
    expect((await runner.runOnce())?.kind).toBe(REMINDER_SCAN_KIND);
    expect(await findJob(t.store.db, scans[0]!.id)).toMatchObject({ state: 'done', attempts: 1, locked_by: null });
  });

  it("tells a department's reporter about its own late and coming work, and nobody else's reporter", async () => {
    const expected = departmentWork.filter((o) => o.due <= HORIZON).map((o) => o.id);
    const later = departmentWork.filter((o) => o.due > HORIZON).map((o) => o.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(0);

    // Reminders only: issuing the plan also told the reporter of it (workflow-notifications.test.ts).
    const mine = (await notificationsOf('ttyt-lccd.tchc-tckt')).filter((n) => n.kind.startsWith('reminder.'));
    expect(new Set(mine.map((n) => n.occurrence_id))).toEqual(new Set(expected));
    const overdue = mine.find((n) => n.kind === 'reminder.overdue')!;
    expect(overdue).toMatchObject({ title: 'Nhiệm vụ quá hạn', link: '/nhiem-vu' });
    expect(overdue.body).toMatch(/^Nhiệm vụ “.+” \(Phòng Tổ chức hành chính - Tài chính kế toán\) đến hạn ngày 31\/03\/2026, đã quá hạn 87 ngày\.$/);
    const dueSoon = mine.find((n) => n.kind === 'reminder.due_soon')!;
    expect(dueSoon).toMatchObject({ title: 'Nhiệm vụ sắp đến hạn' });
    expect(dueSoon.body).toMatch(/đến hạn ngày 30\/06\/2026\.$/);

    const otherDepartment = await notificationsOf('ttyt-lccd.truyenthong');
    expect(otherDepartment.filter((n) => expected.includes(n.occurrence_id!))).toEqual([]);
    expect(await notificationsOf('bvsn.tchc')).toEqual([]);

    // Late work also reaches the body's coordinator; work merely coming due does not.
    const coordinatorSees = new Set((await notificationsOf('ttyt-lccd.coordinator')).map((n) => n.occurrence_id));
    expect(coordinatorSees.has(overdue.occurrence_id)).toBe(true);
    expect(coordinatorSees.has(dueSoon.occurrence_id)).toBe(false);
  });

  it('creates nothing new when the scan runs again the same day', async () => {
    const before = await t.store.db.selectFrom('notifications').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    await enqueueJob(t.store.db, { kind: REMINDER_SCAN_KIND, payload: { today: TODAY } }, MORNING);
    const runner = createJobRunner({ db: t.store.db, config: t.app.deps.config, log: t.app.log, clock: () => MORNING, schedule: false });
    const job = await runner.runOnce();
    expect(await findJob(t.store.db, job!.id)).toMatchObject({ state: 'done' });
    const after = await t.store.db.selectFrom('notifications').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('shows each person only their own notifications, newest first, page by page', async () => {
    const reporter = await t.login('ttyt-lccd.tchc-tckt');
    const own = new Set((await notificationsOf('ttyt-lccd.tchc-tckt')).map((n) => n.id));
    const first = await t.request('GET', '/api/notifications?limit=2', { cookie: reporter });
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as { items: Notification[]; nextCursor: string | null; unreadCount: number };
    expect(page1.unreadCount).toBe(own.size);
    expect(page1.items).toHaveLength(2);
    const page2 = (await t.request('GET', `/api/notifications?limit=100&cursor=${page1.nextCursor}`, { cookie: reporter })).json() as { items: Notification[] };
    const all = [...page1.items, ...page2.items];
    expect(new Set(all.map((n) => n.id))).toEqual(own);
    expect(all.map((n) => n.id)).toEqual([...all.map((n) => n.id)].sort().reverse());
    expect(all[0]).toMatchObject({ title: expect.stringMatching(/^Nhiệm vụ (quá hạn|sắp đến hạn)$/), link: '/nhiem-vu', readAt: null });

    // The coordinator is told about the same late work, through notifications of their own.
    const coordinator = (await t.request('GET', '/api/notifications?limit=100', { cookie: await t.login('ttyt-lccd.coordinator') })).json() as { items: Notification[] };
    expect(coordinator.items.length).toBeGreaterThan(0);
    expect(coordinator.items.filter((n) => own.has(n.id))).toEqual([]);
    expect((await t.request('GET', '/api/notifications')).statusCode).toBe(401);
  });

  it("marks read one's own notifications only", async () => {
    const reporter = await t.login('ttyt-lccd.tchc-tckt');
    const unread = (await t.request('GET', '/api/notifications?unread=1&limit=100', { cookie: reporter })).json() as { items: Notification[]; unreadCount: number };
    const target = unread.items[0]!;
    const stranger = await t.request('POST', `/api/notifications/${target.id}/read`, { cookie: await t.login('ttyt-lccd.coordinator') });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().error).toMatchObject({ code: 'NOTIFICATION_NOT_FOUND', message: 'Không tìm thấy thông báo.' });

    // Read by its id as the list shows it, by its owner only.
    const one = await t.request('GET', `/api/notifications/${target.id}`, { cookie: reporter });
    expect([one.statusCode, one.json()]).toEqual([200, target]);
    expect((await t.request('GET', `/api/notifications/${target.id}`, { cookie: await t.login('ttyt-lccd.coordinator') })).json().error.code).toBe('NOTIFICATION_NOT_FOUND');

    const read = await t.request('POST', `/api/notifications/${target.id}/read`, { cookie: reporter });
    expect(read.json()).toEqual({ updated: 1, unreadCount: unread.unreadCount - 1 });
    expect((await t.request('GET', `/api/notifications/${target.id}`, { cookie: reporter })).json().readAt).toEqual(expect.any(String));
    const stillUnread = (await t.request('GET', '/api/notifications?unread=1&limit=100', { cookie: reporter })).json() as { items: Notification[] };
    expect(stillUnread.items.map((n) => n.id)).not.toContain(target.id);

    const all = await t.request('POST', '/api/notifications/read-all', { cookie: reporter });
    expect(all.json()).toEqual({ updated: unread.unreadCount - 1, unreadCount: 0 });
    const coordinator = (await t.request('GET', '/api/notifications', { cookie: await t.login('ttyt-lccd.coordinator') })).json();
    expect(coordinator.unreadCount).toBeGreaterThan(0);
  });

  it('lets a coordinator run the scan now for their own body only', async () => {
    expect((await t.request('POST', '/api/reminders/run')).statusCode).toBe(401);
    const refused = await t.request('POST', '/api/reminders/run', { cookie: await t.login('ttyt-lccd.tchc-tckt') });
    expect(refused.statusCode).toBe(403);

    const bvsnUnread = async () => (await t.request('GET', '/api/notifications', { cookie: await t.login('bvsn.coordinator') })).json().unreadCount as number;
    const before = await bvsnUnread();
    const otherProvince = await t.request('POST', '/api/reminders/run', { cookie: await t.login('syt-ht.coordinator') });
    expect(otherProvince.statusCode).toBe(200);
    expect(await bvsnUnread()).toBe(before);

    const count = async () => Number((await t.store.db.selectFrom('notifications').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
    const start = await count();
    const first = await t.request('POST', '/api/reminders/run', { cookie: await t.login('bvsn.coordinator') });
    expect(first.statusCode).toBe(200);
    const outcome = first.json();
    expect(outcome).toMatchObject({ jobId: expect.any(String), today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), emails: 0 });
    expect(await count()).toBe(start + outcome.notifications);
    expect(await findJob(t.store.db, outcome.jobId)).toMatchObject({ state: 'done', kind: REMINDER_SCAN_KIND });
    const again = (await t.request('POST', '/api/reminders/run', { cookie: await t.login('bvsn.coordinator') })).json();
    expect(again).toMatchObject({ notifications: 0, emails: 0 });
    const audit = await t.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'reminder.run').where('actor_username', '=', 'bvsn.coordinator').execute();
    expect(audit).toHaveLength(2);
  });
});

describe.each(DIALECTS)('job queue on %s', (dialect) => {
  let t: TestApp;
  let one: Store;
  let other: Store;
  const at = (ms: number) => new Date(MORNING.getTime() + ms);

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: false });
    one = anotherProcess(t);
    other = anotherProcess(t);
  });
  afterAll(async () => {
    await one.close();
    await other.close();
    await t.close();
  });

  it('never gives the same job to two workers claiming at once from two processes', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 6; i++) ids.add((await enqueueJob(t.store.db, { kind: 'test.concurrent', payload: { i } }, MORNING)).job.id);
    const claims = await Promise.all(
      Array.from({ length: 16 }, (_, i) => claimNextJob(i % 2 ? other.db : one.db, { workerId: `worker-${i}`, now: MORNING, leaseMs: 60_000, kinds: ['test.concurrent'] })),
    );
    const claimed = claims.filter((c) => c !== undefined).map((c) => c.id);
    expect(claimed).toHaveLength(6);
    expect(new Set(claimed)).toEqual(ids);
    for (const c of claims.filter((c) => c !== undefined)) expect(c).toMatchObject({ state: 'running', attempts: 1, locked_until: at(60_000).toISOString() });
  });

  it('gives a job to another worker once the lease of the one holding it has lapsed', async () => {
    const { job } = await enqueueJob(t.store.db, { kind: 'test.lease', payload: null }, MORNING);
    const first = await claimNextJob(one.db, { workerId: 'crashed', now: MORNING, leaseMs: 1_000, kinds: ['test.lease'] });
    expect(first?.id).toBe(job.id);
    expect(await claimNextJob(other.db, { workerId: 'healthy', now: at(999), leaseMs: 1_000, kinds: ['test.lease'] })).toBeUndefined();
    const second = await claimNextJob(other.db, { workerId: 'healthy', now: at(1_001), leaseMs: 1_000, kinds: ['test.lease'] });
    expect(second).toMatchObject({ id: job.id, locked_by: 'healthy', attempts: 2 });
    // The worker that lost its lease cannot finish the job any more; the one holding it can.
    expect(await markJobDone(one.db, job.id, 'crashed', at(1_100))).toBe(false);
    expect(await markJobDone(other.db, job.id, 'healthy', at(1_100))).toBe(true);
  });

  it('retries a failing job with back-off and gives up after its last try', async () => {
    const { job } = await enqueueJob(t.store.db, { kind: 'test.fail', payload: null, maxAttempts: 2 }, MORNING);
    let now = MORNING;
    const runner = createJobRunner({ db: t.store.db, config: t.app.deps.config, log: t.app.log, clock: () => now, schedule: false, handlers: { 'test.fail': async () => Promise.reject(new Error('Máy chủ thư không trả lời')) } });
    expect((await runner.runOnce())?.id).toBe(job.id);
    expect(await findJob(t.store.db, job.id)).toMatchObject({ state: 'queued', attempts: 1, last_error: 'Máy chủ thư không trả lời', run_at: at(30_000).toISOString(), locked_by: null });
    now = at(29_000);
    expect(await runner.runOnce()).toBeUndefined();
    now = at(30_000);
    expect((await runner.runOnce())?.id).toBe(job.id);
    expect(await findJob(t.store.db, job.id)).toMatchObject({ state: 'failed', attempts: 2, finished_at: at(30_000).toISOString() });
  });
});
