import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJob } from '../../src/db/repositories/jobs';
import { REMINDER_SCAN_KIND, SEND_EMAIL_KIND } from '../../src/server/jobs/job-kinds';
import { createJobRunner } from '../../src/server/jobs/runner';
import { enqueueJob } from '../../src/db/repositories/jobs';
import { issueHealthCentreCommunicationPlan, REMINDER_MORNING, REMINDER_TODAY } from '../support/reminder-fixtures';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Received = { from: string | undefined; to: string[]; raw: string };

/** A real SMTP listener on a free local port that keeps what it receives; it can refuse the next message. */
async function startMailbox() {
  const received: Received[] = [];
  let refuseNext = false;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on 127.0.0.1: nodemailer would otherwise upgrade to TLS with the server's self-signed certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refuseNext) {
          refuseNext = false;
          return callback(Object.assign(new Error('Hộp thư tạm thời không nhận thư'), { responseCode: 451 }));
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined;
        received.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, port, refuseOnce: () => (refuseNext = true), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) back to text; words are joined without the folding between them. */
function decodeHeader(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const joined = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The headers of a message (folded lines unfolded) and its parts' decoded bodies by content type. */
function readMessage(raw: string) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head!.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const parts = new Map<string, string>();
  for (const part of rest.join('\n\n').split(`--${boundary}`)) {
    const [partHead, ...partBody] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const type = /content-type:\s*([^;\r\n]+)/i.exec(partHead ?? '')?.[1]?.trim();
    if (!type) continue;
    const body = partBody.join('\n\n');
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(partHead!)?.[1]?.toLowerCase();
    parts.set(type, encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body);
  }
  return { header: (name: string) => decodeHeader(headers.get(name.toLowerCase()) ?? ''), parts };
}

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
