import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/domain/calendar';
import { enqueueJob } from '../../src/db/repositories/jobs';
import { NOTIFICATION_EMAIL_KIND, REMINDER_SCAN_KIND } from '../../src/server/jobs/job-kinds';
import { createJobRunner } from '../../src/server/jobs/runner';
import { readMessage, startMailbox } from '../support/mailbox';
import { issueHealthCentreCommunicationPlan } from '../support/reminder-fixtures';
import { actingUsers } from '../support/acting-users';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

const REPORTER = 'ngo.thi.mai@ttyt-lccd.example.vn';
const COORDINATOR = 'dau.moi@ttyt-lccd.example.vn';

/** Workflow e-mail through a real SMTP listener: a burst of steps is one letter, a digest waits for the morning, "off" sends nothing. */
describe.each(DIALECTS)('workflow notification e-mail on %s', (dialect) => {
  let t: TestApp;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let work: { id: string; taskId: string }[];
  const { as, send } = actingUsers(() => t);
  const userId = async (username: string) => (await t.store.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const windowJobs = async (username: string) => t.store.db.selectFrom('jobs').selectAll().where('kind', '=', NOTIFICATION_EMAIL_KIND).where('unique_key', 'like', `${NOTIFICATION_EMAIL_KIND}:${await userId(username)}:%`).execute();

  /** Runs every job due by `clock`, as the background worker would, with a mail server configured. */
  const drain = async (clock: Date, options: { smtp?: boolean } = {}) => {
    const config = { ...t.app.deps.config, smtpUrl: options.smtp === false ? undefined : `smtp://127.0.0.1:${mailbox.port}`, publicUrl: 'https://cchc.example.vn' };
    const runner = createJobRunner({ db: t.store.db, config, log: t.app.log, clock: () => clock, schedule: false });
    for (let i = 0; i < 200 && (await runner.runOnce()); i++);
  };
  const lettersTo = (address: string) => mailbox.received.filter((m) => m.to.includes(address)).map((m) => readMessage(m.raw));
  const afterTheWindow = () => new Date(Date.now() + 11 * 60_000);

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    mailbox = await startMailbox();
    work = (await issueHealthCentreCommunicationPlan(t)).officeWork;
    const admin = await as('ttyt-lccd.admin');
    for (const [username, email] of [['ttyt-lccd.tchc-tckt', REPORTER], ['ttyt-lccd.coordinator', COORDINATOR]] as const) {
      expect((await t.request('PATCH', `/api/users/${await userId(username)}`, { cookie: admin, body: { email } })).statusCode).toBe(200);
    }
  });
  afterAll(async () => {
    await mailbox?.close();
    await t?.close();
  });

  it('gathers a burst of steps into one letter, and sends none to someone who turned e-mail off', async () => {
    await send('ttyt-lccd.coordinator', 'PUT', '/api/me/notification-settings', { email: 'off' });
    const three = work.slice(0, 3);
    for (const o of three) await send('ttyt-lccd.tchc-tckt', 'PATCH', `/api/occurrences/${o.id}`, { status: 'submitted' });
    expect(await windowJobs('ttyt-lccd.coordinator')).toEqual([]);
    await send('ttyt-lccd.coordinator', 'POST', `/api/occurrences/${three[0]!.id}/review`, { decision: 'return', comment: 'Thiếu biên bản' });
    for (const o of three.slice(1)) await send('ttyt-lccd.coordinator', 'POST', `/api/occurrences/${o.id}/review`, { decision: 'accept' });
    // One gathering job per ten-minute window: two only if the steps happened to straddle a window's end.
    const jobs = await windowJobs('ttyt-lccd.tchc-tckt');
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(jobs.length).toBeLessThanOrEqual(2);
    expect(new Date(jobs[0]!.run_at).getTime()).toBeGreaterThan(Date.now());

    await drain(afterTheWindow());
    const letters = lettersTo(REPORTER);
    expect(letters).toHaveLength(1);
    expect(letters[0]!.header('subject')).toBe('[CCHC] 3 thông báo mới');
    const text = letters[0]!.parts.get('text/plain')!;
    expect(text).toContain('Kính gửi ');
    expect(text).toContain('Kết quả bị trả lại: Kết quả nhiệm vụ “');
    expect(text).toContain('“Thiếu biên bản”');
    expect(text.match(/Kết quả được duyệt: /g)).toHaveLength(2);
    for (const o of three) expect(text).toContain(`https://cchc.example.vn/nhiem-vu/${o.taskId}?ky=${o.id}`);
    expect(letters[0]!.parts.get('text/html')).toContain(`<a href="https://cchc.example.vn/nhiem-vu/${three[0]!.taskId}?ky=${three[0]!.id}">`);
    expect(lettersTo(COORDINATOR)).toEqual([]);

    const states = await t.store.db
      .selectFrom('notifications')
      .select(['email_state', 'emailed_at'])
      .where('user_id', '=', await userId('ttyt-lccd.tchc-tckt'))
      .where('occurrence_id', 'in', three.map((o) => o.id))
      .where('kind', 'like', 'workflow.%')
      .execute();
    expect(states).toEqual(three.map(() => ({ email_state: 'sent', emailed_at: expect.any(String) })));
    // A second run finds nothing left to send.
    await drain(afterTheWindow());
    expect(lettersTo(REPORTER)).toHaveLength(1);
  });

  it("keeps a digest reader's notifications for the morning scan's one letter, and reminds no one who turned e-mail off", async () => {
    await send('ttyt-lccd.tchc-tckt', 'PUT', '/api/me/notification-settings', { email: 'digest' });
    const jobsBefore = (await windowJobs('ttyt-lccd.tchc-tckt')).length;
    const next = work[3]!;
    await send('ttyt-lccd.tchc-tckt', 'PATCH', `/api/occurrences/${next.id}`, { status: 'submitted' });
    await send('ttyt-lccd.coordinator', 'POST', `/api/occurrences/${next.id}/review`, { decision: 'accept', comment: 'Đạt yêu cầu' });
    expect(await windowJobs('ttyt-lccd.tchc-tckt')).toHaveLength(jobsBefore);
    await drain(afterTheWindow());
    expect(lettersTo(REPORTER)).toHaveLength(1);

    const morning = afterTheWindow();
    await enqueueJob(t.store.db, { kind: REMINDER_SCAN_KIND, payload: { today: todayInVietnam(morning) } }, morning);
    await drain(morning);
    const digests = lettersTo(REPORTER).filter((m) => m.header('subject').startsWith('[CCHC] Tổng hợp thông báo ngày'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.header('subject')).toMatch(/^\[CCHC\] Tổng hợp thông báo ngày \d{2}\/\d{2}\/\d{4}: 1 thông báo$/);
    expect(digests[0]!.parts.get('text/plain')).toContain('“Đạt yêu cầu”');
    // The scan reminded the coordinator of the office's late work, in the app only.
    const reminded = await t.store.db.selectFrom('notifications').select('id').where('user_id', '=', await userId('ttyt-lccd.coordinator')).where('kind', '=', 'reminder.overdue').execute();
    expect(reminded.length).toBeGreaterThan(0);
    expect(lettersTo(COORDINATOR)).toEqual([]);
  });

  it('drops what waits for a letter when no mail server is configured, instead of sending it later', async () => {
    await send('ttyt-lccd.coordinator', 'PUT', '/api/me/notification-settings', { email: 'immediate' });
    const next = work[4]!;
    await send('ttyt-lccd.tchc-tckt', 'PATCH', `/api/occurrences/${next.id}`, { status: 'submitted' });
    expect(await windowJobs('ttyt-lccd.coordinator')).toHaveLength(1);
    const waiting = () => t.store.db.selectFrom('notifications').select('email_state').where('user_id', 'in', t.store.db.selectFrom('users').select('id').where('username', '=', 'ttyt-lccd.coordinator')).where('occurrence_id', '=', next.id).where('kind', 'like', 'workflow.%').execute();
    expect(await waiting()).toEqual([{ email_state: 'pending' }]);
    await drain(afterTheWindow(), { smtp: false });
    expect(await waiting()).toEqual([{ email_state: 'skipped' }]);
    await drain(afterTheWindow());
    expect(lettersTo(COORDINATOR)).toEqual([]);
  });
});
