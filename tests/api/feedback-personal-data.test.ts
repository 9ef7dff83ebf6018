import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { feedbackRetention } from '../../src/server/jobs/handlers/feedback-retention';
import { createJobRunner } from '../../src/server/jobs/runner';
import { startMailbox } from '../support/mailbox';
import { multipartBody } from '../support/multipart';
import { DEMO_PASSWORD, DIALECTS, openTestStore, orgId } from '../support/test-app';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Values no demo data or Vietnamese text holds by chance, so any appearance is a leak. */
const SECRET = { name: 'Quách Tĩnh Vy Zêta', phone: '0968 135 792', phoneDigits: '0968135792', email: 'zeta.vy.quach@example.vn', ip: '198.51.100.213' };
const CLEAR = [SECRET.name, 'Quách', 'Zêta', SECRET.phone, SECRET.phoneDigits, SECRET.email, 'zeta.vy', SECRET.ip];

const leaks = (text: string) => CLEAR.filter((value) => text.includes(value));

/**
 * Decision 0026 checked over a whole run: a citizen's contact goes through the form, the handling, the
 * letters (one refused by the mail server) and the erasure, and appears in clear in no log line, no
 * audit entry and no answer to a role that does not handle the item; the retention job erases it on time.
 */
describe.each(DIALECTS)("a citizen's personal data on %s", (dialect) => {
  let env: Awaited<ReturnType<typeof openTestStore>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  const logLines: string[] = [];
  const cookies = new Map<string, string>();

  const as = async (username: string) => {
    if (!cookies.has(username)) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password: DEMO_PASSWORD }) });
      cookies.set(username, `cchc_session=${res.cookies.find((c) => c.name === 'cchc_session')!.value}`);
    }
    return cookies.get(username)!;
  };
  const call = async (username: string, method: string, url: string, body?: unknown) =>
    app.inject({ method: method as 'GET', url, headers: { cookie: await as(username), ...(body ? { 'content-type': 'application/json' } : {}) }, payload: body ? JSON.stringify(body) : undefined });
  const runJobs = async (clock: Date) => {
    const config = { ...app.deps.config, smtpUrl: `smtp://127.0.0.1:${mailbox.port}` };
    const runner = createJobRunner({ db: env.store.db, config, log: app.log, clock: () => clock, schedule: false });
    for (let i = 0; i < 50 && (await runner.runOnce()); i++);
  };

  beforeAll(async () => {
    env = await openTestStore(dialect, { demoPlans: false });
    mailbox = await startMailbox();
    // Every line the app would write, at the most talkative level the app runs at in production and below.
    app = await buildApp({ store: env.store, config: { ...env.config, logLevel: 'debug' }, webRoot: '/nonexistent', logStream: { write: (line) => void logLines.push(line) } });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await mailbox?.close();
    await env?.dispose();
  });

  let id: string;
  let code: string;

  it('goes through the form, the handling and the letters', async () => {
    // First without consent: refused, the contact not kept.
    const refused = await app.inject({
      method: 'POST',
      url: '/p/bvsn/phan-anh',
      remoteAddress: SECRET.ip,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ subject: 'Thái độ nhân viên', content: 'Nhân viên bảo vệ quát người nhà.', name: SECRET.name, phone: SECRET.phone, email: SECRET.email }).toString(),
    });
    expect(refused.statusCode).toBe(400);

    const form = multipartBody({ subject: 'Thái độ nhân viên', content: 'Nhân viên bảo vệ quát người nhà.', name: SECRET.name, phone: SECRET.phone, email: SECRET.email, consent: '1' }, { name: 'anh-chup.png', content: PNG, type: 'image/png' });
    const sent = await app.inject({ method: 'POST', url: '/p/bvsn/phan-anh', remoteAddress: SECRET.ip, headers: form.headers, payload: form.payload });
    expect(sent.statusCode, sent.body).toBe(303);
    code = (sent.headers.location as string).split('/').at(-1)!.split('?')[0]!;
    const row = await env.store.db.selectFrom('feedback_items').select(['id', 'contact_email', 'contact_ip']).where('tracking_code', '=', code.replace('-', '')).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ contact_email: SECRET.email, contact_ip: SECRET.ip });
    id = row.id;

    // The mail server refuses the first letter: the failure is logged, and must carry the mask only.
    mailbox.refuseOnce();
    await runJobs(new Date(Date.now() + 11 * 60_000));
    await runJobs(new Date(Date.now() + 60 * 60_000));
    expect(mailbox.received.filter((m) => m.to.includes(SECRET.email))).toHaveLength(1);

    const kb = await orgId(env.store, 'KB', 'BVSN');
    expect((await call('bvsn.coordinator', 'POST', `/api/feedback/${id}/steps`, { step: 'assign', unitId: kb })).statusCode).toBe(200);
    const mine = await call('bvsn.kb', 'GET', `/api/feedback/${id}`);
    expect(mine.json().contact).toMatchObject({ name: SECRET.name, phone: SECRET.phone, email: SECRET.email, ip: SECRET.ip });
    expect((await call('bvsn.kb', 'POST', `/api/feedback/${id}/steps`, { step: 'answer', answer: 'Bệnh viện đã nhắc nhở tổ bảo vệ.', publish: true })).statusCode).toBe(200);
    expect((await call('bvsn.coordinator', 'POST', `/api/feedback/${id}/steps`, { step: 'close' })).statusCode).toBe(200);
    await runJobs(new Date(Date.now() + 120 * 60_000));
    expect(mailbox.received.filter((m) => m.to.includes(SECRET.email))).toHaveLength(2);
    // A lookup by the citizen, and a crash-free 404 for a wrong code.
    expect((await app.inject({ method: 'GET', url: `/p/bvsn/phan-anh/${code}`, remoteAddress: SECRET.ip })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/p/bvsn/phan-anh/tra-cuu?ma=AAAA-AAAA', remoteAddress: SECRET.ip })).statusCode).toBe(404);
  });

  it('left no clear contact in any log line', () => {
    expect(logLines.length).toBeGreaterThan(10);
    // The failed letter was logged, masked.
    expect(logLines.some((l) => l.includes('job failed') && l.includes('z***@example.vn'))).toBe(true);
    expect(logLines.flatMap(leaks)).toEqual([]);
  });

  it('left no clear contact in the audit trail, the notifications or the job queue', async () => {
    const audit = await env.store.db.selectFrom('audit_log').selectAll().execute();
    expect(audit.some((r) => r.action === 'feedback.receive' && r.ip === '198.51.100.x')).toBe(true);
    expect(leaks(JSON.stringify(audit))).toEqual([]);
    expect(leaks(JSON.stringify(await env.store.db.selectFrom('notifications').selectAll().execute()))).toEqual([]);
    expect(leaks(JSON.stringify(await env.store.db.selectFrom('jobs').selectAll().execute()))).toEqual([]);
  });

  it("shows it to no other role's answer, nor on the public page", async () => {
    const bodyId = await orgId(env.store, 'BVSN');
    const answers = [
      await call('bvsn.viewer', 'GET', `/api/feedback?organizationId=${bodyId}`),
      await call('bvsn.viewer', 'GET', `/api/feedback/${id}`),
      await call('bvsn.tchc', 'GET', `/api/feedback/${id}`),
      await call('bvsn.tchc', 'GET', '/api/feedback'),
      await call('syt-lc.coordinator', 'GET', `/api/feedback?organizationId=${bodyId}`),
      await call('syt-lc.coordinator', 'GET', `/api/feedback/${id}`),
      await call('syt-lc.coordinator', 'GET', '/api/feedback/by-body'),
      await call('bvsn.coordinator', 'GET', '/api/feedback'),
      await call('bvsn.coordinator', 'GET', '/api/audit-log'),
      await call('bvsn.coordinator', 'GET', '/api/notifications'),
      await call('bvsn.kb', 'GET', '/api/notifications'),
      await app.inject({ method: 'GET', url: `/p/bvsn/phan-anh/${code}` }),
    ];
    for (const res of answers) expect(res.statusCode, res.body.slice(0, 200)).toBeLessThan(500);
    expect(answers.flatMap((res) => leaks(res.body))).toEqual([]);
  });

  it('erases the contact and the attachment of items closed longer than the retention, and records it with counts only', async () => {
    const filesDir = join(app.deps.config.dataDir, 'files');
    const file = await env.store.db.selectFrom('feedback_files').selectAll().where('feedback_id', '=', id).executeTakeFirstOrThrow();
    expect(existsSync(join(filesDir, file.storage_key))).toBe(true);
    const closedAt = (await env.store.db.selectFrom('feedback_items').select('closed_at').where('id', '=', id).executeTakeFirstOrThrow()).closed_at!;
    const ctx = (now: Date) => ({ db: env.store.db, config: app.deps.config, log: app.log, now });

    // 23 months after closing (default retention 24): kept.
    expect(await feedbackRetention({}, ctx(new Date(Date.parse(closedAt) + 23 * 30 * 86_400_000)))).toEqual({ bodies: 0, items: 0, files: 0 });
    expect((await call('bvsn.coordinator', 'GET', `/api/feedback/${id}`)).json().contact).toMatchObject({ email: SECRET.email });

    expect(await feedbackRetention({}, ctx(new Date(Date.parse(closedAt) + 25 * 31 * 86_400_000)))).toEqual({ bodies: 1, items: 1, files: 1 });
    const row = await env.store.db.selectFrom('feedback_items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ contact_name: null, contact_phone: null, contact_email: null, contact_ip: null, consent_at: null, subject: 'Thái độ nhân viên', state: 'closed' });
    expect(row.personal_data_erased_at).toBeTruthy();
    expect(existsSync(join(filesDir, file.storage_key))).toBe(false);
    expect(await env.store.db.selectFrom('feedback_files').selectAll().where('feedback_id', '=', id).execute()).toEqual([]);
    const seen = (await call('bvsn.coordinator', 'GET', `/api/feedback/${id}`)).json();
    expect(seen).toMatchObject({ contact: null, files: [], hasContact: false, personalDataErasedAt: row.personal_data_erased_at });

    const erasures = await env.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'feedback.erase_personal_data').execute();
    expect(erasures).toHaveLength(1);
    expect(JSON.parse(erasures[0]!.after_json!)).toEqual({ items: 1, files: 1, retentionMonths: 24 });
    // Run again: nothing left to erase.
    expect(await feedbackRetention({}, ctx(new Date(Date.parse(closedAt) + 26 * 31 * 86_400_000)))).toEqual({ bodies: 0, items: 0, files: 0 });
    expect(logLines.flatMap(leaks)).toEqual([]);
  });
});
