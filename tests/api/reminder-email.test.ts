import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJob } from '../../src/db/repositories/jobs';
import { REMINDER_SCAN_KIND, SEND_EMAIL_KIND } from '../../src/server/jobs/job-kinds';
import { createJobRunner } from '../../src/server/jobs/runner';
import { enqueueJob } from '../../src/db/repositories/jobs';
import { readMessage, startMailbox } from '../support/mailbox';
import { issueHealthCentreCommunicationPlan, REMINDER_MORNING, REMINDER_TODAY } from '../support/reminder-fixtures';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

describe.each(DIALECTS)('reminder e-mail on %s', (dialect) => {
  let t: TestApp;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    mailbox = await startMailbox();
    await issueHealthCentreCommunicationPlan(t);
    const reporter = await t.store.db.selectFrom('users').select('id').where('username', '=', 'ttyt-lccd.tchc-tckt').executeTakeFirstOrThrow();
    const saved = await t.request('PATCH', `/api/users/${reporter.id}`, { cookie: await t.login('ttyt-lccd.admin'), body: { email: 'ngo.thi.mai@ttyt-lccd.example.vn' } });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(async () => {
    await mailbox?.close();
    await t?.close();
  });

  it("sends the reporter one e-mail of the day's items through SMTP, retrying when the server refuses", async () => {
    let now = REMINDER_MORNING;
    const config = { ...t.app.deps.config, smtpUrl: `smtp://127.0.0.1:${mailbox.port}`, publicUrl: 'https://cchc.example.vn', mailFrom: 'CCHC Lào Cai <cchc@example.vn>' };
    const runner = createJobRunner({ db: t.store.db, config, log: t.app.log, clock: () => now, schedule: false });
    await enqueueJob(t.store.db, { kind: REMINDER_SCAN_KIND, payload: { today: REMINDER_TODAY } }, now);
    expect((await runner.runOnce())?.kind).toBe(REMINDER_SCAN_KIND);

    // The reporter has an address; the coordinator, also reminded of the late work, has none.
    const mails = await t.store.db.selectFrom('jobs').selectAll().where('kind', '=', SEND_EMAIL_KIND).execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ state: 'queued', unique_key: expect.stringContaining(REMINDER_TODAY) });

    mailbox.refuseOnce();
    expect((await runner.runOnce())?.id).toBe(mails[0]!.id);
    expect(mailbox.received).toHaveLength(0);
    const retried = await findJob(t.store.db, mails[0]!.id);
    expect(retried).toMatchObject({ state: 'queued', attempts: 1, last_error: expect.stringContaining('451') });

    now = new Date(retried!.run_at);
    expect((await runner.runOnce())?.id).toBe(mails[0]!.id);
    expect(await findJob(t.store.db, mails[0]!.id)).toMatchObject({ state: 'done', attempts: 2 });
    expect(mailbox.received).toHaveLength(1);

    const [mail] = mailbox.received;
    expect(mail!.to).toEqual(['ngo.thi.mai@ttyt-lccd.example.vn']);
    expect(mail!.from).toBe('cchc@example.vn');
    const message = readMessage(mail!.raw);
    expect(message.header('to')).toContain('ngo.thi.mai@ttyt-lccd.example.vn');
    expect(message.header('from')).toBe('CCHC Lào Cai <cchc@example.vn>');
    // Non-ASCII headers travel as encoded words; decoded, the subject is the Vietnamese one.
    expect(mail!.raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/im);
    expect(message.header('subject')).toBe('[CCHC] Nhắc việc ngày 26/06/2026: 7 nhiệm vụ quá hạn, 5 nhiệm vụ sắp đến hạn');

    const text = message.parts.get('text/plain')!;
    const titles = await t.store.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .innerJoin('occurrences as oc', 'oc.id', 'n.occurrence_id')
      .innerJoin('tasks as tk', 'tk.id', 'oc.task_id')
      .select(['tk.title', 'oc.due'])
      .where('u.username', '=', 'ttyt-lccd.tchc-tckt')
      .execute();
    expect(titles).toHaveLength(12);
    for (const { title } of titles) expect(text).toContain(`“${title}”`);
    expect(text).toContain('đến hạn ngày 31/03/2026, đã quá hạn 87 ngày.');
    expect(text).toContain('đến hạn ngày 30/06/2026.');
    expect(text).toContain('Kính gửi ');
    expect(text).toContain('https://cchc.example.vn/nhiem-vu');
    expect(message.parts.get('text/html')).toContain('<a href="https://cchc.example.vn/nhiem-vu">');
  });

  it('keeps reminders in the app and queues no e-mail when no SMTP server is configured', async () => {
    const config = { ...t.app.deps.config, smtpUrl: undefined };
    const runner = createJobRunner({ db: t.store.db, config, log: t.app.log, clock: () => REMINDER_MORNING, schedule: false });
    // A day later the same work is reminded again, in the app only.
    await enqueueJob(t.store.db, { kind: REMINDER_SCAN_KIND, payload: { today: '2026-06-29' } }, REMINDER_MORNING);
    const before = await t.store.db.selectFrom('jobs').select('id').where('kind', '=', SEND_EMAIL_KIND).execute();
    await runner.runOnce();
    const after = await t.store.db.selectFrom('jobs').select('id').where('kind', '=', SEND_EMAIL_KIND).execute();
    expect(after).toHaveLength(before.length);
    const fresh = await t.store.db.selectFrom('notifications').select('id').where('dedupe_key', 'like', '%:2026-06-29').execute();
    expect(fresh.length).toBeGreaterThan(0);
  });
});
