import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderScan } from '../../src/server/jobs/handlers/reminder-scan';
import { actingUsers } from '../support/acting-users';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

const CONTACT = { name: 'Lê Thị Hồng Nhung', phone: '0987 654 321', email: 'hong.nhung@example.vn' };

/**
 * Citizens' feedback handled by staff (issue 14, SPEC §2.8): recorded with a deadline in working days,
 * assigned, answered, closed; each step by the people the reach rules allow, the contact only for those
 * who answer, and one count for the list and the department of health's table.
 */
describe.each(DIALECTS)('feedback handling on %s', (dialect) => {
  let t: TestApp;
  const { as, send } = actingUsers(() => t);
  let bodyId: string;
  let kb: string;
  let tchc: string;
  const record = async (body: Record<string, unknown>, username = 'bvsn.coordinator') =>
    t.request('POST', '/api/feedback', { cookie: await as(username), body: { organizationId: bodyId, channel: 'hotline', subject: 'Chờ khám lâu', content: 'Chờ khám hơn 3 giờ tại Khoa Khám bệnh.', ...body } });
  const step = async (username: string, id: string, body: Record<string, unknown>) => t.request('POST', `/api/feedback/${id}/steps`, { cookie: await as(username), body });

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    bodyId = await orgId(t.store, 'BVSN');
    kb = await orgId(t.store, 'KB', 'BVSN');
    tchc = await orgId(t.store, 'TCHC', 'BVSN');
  });
  afterAll(() => t.close());

  let id: string;

  it('counts the answer deadline in working days over Tết 2027: received 03/02, due 24/02', async () => {
    const res = await record({ receivedOn: '2027-02-03', contact: CONTACT, consent: true });
    expect(res.statusCode, res.body).toBe(201);
    const f = res.json();
    id = f.id;
    // 04–10/02/2027 are Tết (with the nghỉ bù): ten working days run from 11/02 to 24/02.
    expect(f).toMatchObject({ state: 'received', channel: 'hotline', receivedOn: '2027-02-03', dueOn: '2027-02-24', hasContact: true, contact: { ...CONTACT, ip: null }, can: { assign: true, answer: true, refuse: true, seeContact: true } });
    expect(f.trackingCode).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(f.publicUrl).toBe(`/p/bvsn/phan-anh/${f.trackingCode}`);
    expect(f.events).toMatchObject([{ step: 'receive', toState: 'received', actorName: expect.any(String) }]);
  });

  it("counts a swapped Saturday as a working day, with the body's own number of days", async () => {
    expect((await send('bvsn.coordinator', 'PUT', '/api/feedback/settings', { organizationId: bodyId, answerWorkingDays: 2, retentionMonths: 12 })).answerWorkingDays).toBe(2);
    // Saturday 22/08/2026 is worked in exchange for Monday 31/08.
    const res = await record({ receivedOn: '2026-08-20' });
    expect(res.json().dueOn).toBe('2026-08-22');
    expect(await send('bvsn.coordinator', 'GET', `/api/feedback/settings?organizationId=${bodyId}`)).toEqual({ organizationId: bodyId, answerWorkingDays: 2, retentionMonths: 12 });
    await send('bvsn.coordinator', 'PUT', '/api/feedback/settings', { organizationId: bodyId, answerWorkingDays: 10, retentionMonths: 24 });
    // The reporter and the viewer do not set the rules; another body's coordinator does not see them.
    expect((await t.request('GET', `/api/feedback/settings?organizationId=${bodyId}`, { cookie: await as('bvsn.kb') })).statusCode).toBe(403);
    expect((await t.request('GET', `/api/feedback/settings?organizationId=${bodyId}`, { cookie: await as('ttyt-lccd.coordinator') })).statusCode).toBe(404);
  });

  it('refuses a contact without consent, unknown fields, and recording by a reporter', async () => {
    const noConsent = await record({ contact: CONTACT });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error).toMatchObject({ code: 'CONSENT_REQUIRED', message: expect.stringContaining('đồng ý') });
    const unknown = await record({ priority: 'high' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED');
    expect((await step('bvsn.coordinator', id, { step: 'assign', unitId: kb, urgent: true })).statusCode).toBe(400);
    expect((await step('bvsn.coordinator', id, { step: 'approve' })).statusCode).toBe(400);
    expect((await record({}, 'bvsn.kb')).statusCode).toBe(403);
  });

  it("assigns to a department: its reporter hears of it and reads it with the contact; another department's reporter gets 404", async () => {
    const kbReporter = (await t.store.db.selectFrom('users').select('id').where('username', '=', 'bvsn.kb').executeTakeFirstOrThrow()).id;
    const res = await step('bvsn.coordinator', id, { step: 'assign', unitId: kb, userId: kbReporter, note: 'Khoa kiểm tra và trả lời' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'assigned', assignedUnit: { id: kb, name: 'Khoa Khám bệnh' }, assignedUser: { id: kbReporter } });
    const told = await t.store.db.selectFrom('notifications').select(['title', 'body', 'link']).where('user_id', '=', kbReporter).where('kind', '=', 'workflow.feedback.assigned').execute();
    expect(told).toEqual([{ title: 'Phản ánh được giao xử lý', body: expect.stringContaining('Khoa Khám bệnh'), link: `/phan-anh/${id}` }]);
    expect(told[0]!.body).not.toContain(CONTACT.name);

    const mine = await send('bvsn.kb', 'GET', `/api/feedback/${id}`);
    expect(mine).toMatchObject({ contact: { name: CONTACT.name }, can: { answer: true, assign: false, close: false, seeContact: true } });
    expect((await send('bvsn.kb', 'GET', '/api/feedback')).items.map((i: { id: string }) => i.id)).toContain(id);

    expect((await t.request('GET', `/api/feedback/${id}`, { cookie: await as('bvsn.tchc') })).statusCode).toBe(404);
    expect((await send('bvsn.tchc', 'GET', '/api/feedback')).items).toEqual([]);
    expect((await step('bvsn.tchc', id, { step: 'answer', answer: 'Không phải việc của phòng' })).statusCode).toBe(404);
    // Another body's coordinator does not even know it exists.
    expect((await t.request('GET', `/api/feedback/${id}`, { cookie: await as('ttyt-lccd.coordinator') })).statusCode).toBe(404);
  });

  it('shows the viewer the list and the item, never the contact', async () => {
    const list = await send('bvsn.viewer', 'GET', `/api/feedback?organizationId=${bodyId}`);
    const row = list.items.find((i: { id: string }) => i.id === id);
    expect(row).toMatchObject({ hasContact: true });
    expect(JSON.stringify(list)).not.toContain(CONTACT.phone);
    const one = await send('bvsn.viewer', 'GET', `/api/feedback/${id}`);
    expect(one.contact).toBeNull();
    expect(one.can).toEqual({ assign: false, answer: false, publish: false, close: false, refuse: false, reopen: false, seeContact: false });
    for (const text of [CONTACT.name, CONTACT.phone, CONTACT.email]) expect(JSON.stringify(one)).not.toContain(text);
    expect((await step('bvsn.viewer', id, { step: 'close' })).statusCode).toBe(403);
  });

  it('answers, refuses steps not open from the state with 409, closes, reopens and publishes', async () => {
    const answered = await step('bvsn.kb', id, { step: 'answer', answer: 'Khoa đã bố trí thêm bàn khám buổi sáng.' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ state: 'answered', answer: 'Khoa đã bố trí thêm bàn khám buổi sáng.', answerPublished: false, can: { publish: true } });
    const coordinatorsTold = await t.store.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select('u.username').where('n.kind', '=', 'workflow.feedback.answered').execute();
    expect(coordinatorsTold.map((r) => r.username)).toContain('bvsn.coordinator');

    const refuse = await step('bvsn.coordinator', id, { step: 'refuse', reason: 'Ngoài phạm vi' });
    expect(refuse.statusCode).toBe(409);
    expect(refuse.json().error).toMatchObject({ code: 'FEEDBACK_STEP_NOT_OPEN', message: expect.stringContaining('Đã trả lời') });
    expect((await step('bvsn.coordinator', id, { step: 'reopen', note: 'Người dân hỏi thêm' })).statusCode).toBe(409);
    // Closing is the coordinator's, not the department's.
    expect((await step('bvsn.kb', id, { step: 'close' })).statusCode).toBe(403);
    expect((await step('bvsn.coordinator', id, { step: 'close', note: 'Đã liên hệ người dân' })).json().state).toBe('closed');
    expect((await step('bvsn.coordinator', id, { step: 'reopen', note: 'Người dân hỏi thêm' })).json()).toMatchObject({ state: 'answered', closedAt: null });
    const published = await step('bvsn.kb', id, { step: 'publish', published: true });
    expect(published.json()).toMatchObject({ answerPublished: true });
    const events = published.json().events.map((e: { step: string }) => e.step);
    expect(events).toEqual(['receive', 'assign', 'answer', 'close', 'reopen', 'publish']);
    expect(published.json().events.every((e: { actorName: string | null; at: string }) => e.actorName && e.at)).toBe(true);
  });

  it('refuses an item out of scope with a reason, and publishing an answer not given', async () => {
    const other = (await record({ receivedOn: '2027-02-05', subject: 'Hỏi về bảo hiểm xã hội' })).json();
    expect((await step('bvsn.coordinator', other.id, { step: 'publish', published: true })).statusCode).toBe(409);
    const refused = await step('bvsn.coordinator', other.id, { step: 'refuse', reason: 'Thuộc thẩm quyền cơ quan bảo hiểm xã hội' });
    expect(refused.json()).toMatchObject({ state: 'refused', refusalReason: 'Thuộc thẩm quyền cơ quan bảo hiểm xã hội' });
    expect((await step('bvsn.coordinator', other.id, { step: 'answer', answer: 'x' })).statusCode).toBe(409);
  });

  it('writes every step in the audit trail, with the contact masked only', async () => {
    const rows = await t.store.db.selectFrom('audit_log').select(['action', 'summary', 'after_json']).where('entity_id', '=', id).orderBy('at').execute();
    expect(rows.map((r) => r.action)).toEqual(['feedback.receive', 'feedback.assign', 'feedback.answer', 'feedback.close', 'feedback.reopen', 'feedback.publish']);
    expect(JSON.parse(rows[0]!.after_json!).contact).toEqual({ name: 'L*** T*** H*** N***', phone: '09******21', email: 'h***@example.vn', ip: null });
    const all = JSON.stringify(rows);
    for (const text of [CONTACT.name, CONTACT.phone, '0987654321', CONTACT.email]) expect(all).not.toContain(text);
  });

  it('counts the year in the list head and in the department of health table, from one count', async () => {
    await record({ receivedOn: '2027-03-01', subject: 'Nhà vệ sinh thiếu giấy' });
    const list = await send('bvsn.coordinator', 'GET', '/api/feedback?year=2027');
    expect(list.items).toHaveLength(3);
    // Judged today (before 2027): nothing is due yet but what was settled.
    expect(list.counts).toMatchObject({ received: 3, answered: 1, refused: 1, open: 1, overdue: 0 });
    expect((await send('bvsn.coordinator', 'GET', '/api/feedback?year=2027&state=refused')).items).toHaveLength(1);
    expect((await send('bvsn.coordinator', 'GET', '/api/feedback?q=bao%20hiem')).items.map((i: { subject: string }) => i.subject)).toEqual(['Hỏi về bảo hiểm xã hội']);
    const paged = await send('bvsn.coordinator', 'GET', '/api/feedback?limit=2');
    expect(paged.items).toHaveLength(2);
    const next = await send('bvsn.coordinator', 'GET', `/api/feedback?limit=2&cursor=${paged.nextCursor}`);
    expect(next.items.map((i: { id: string }) => i.id)).not.toContain(paged.items[0].id);

    const table = await send('syt-lc.coordinator', 'GET', '/api/feedback/by-body?year=2027');
    const bvsn = table.items.find((r: { organization: { code: string } }) => r.organization.code === 'BVSN');
    expect(bvsn.counts).toEqual(list.counts);
    expect(table.total.received).toBe(3);
    // The department of health reads its hospitals' feedback but does not handle it.
    expect((await send('syt-lc.coordinator', 'GET', `/api/feedback/${id}`)).can).toMatchObject({ assign: false, answer: false, seeContact: false });
    expect((await step('syt-lc.coordinator', id, { step: 'close' })).statusCode).toBe(403);
  });

  it('reminds the department and the coordinators of feedback due within two working days and overdue, once a day', async () => {
    const kbReporter = (await t.store.db.selectFrom('users').select('id').where('username', '=', 'bvsn.kb').executeTakeFirstOrThrow()).id;
    const late = (await record({ receivedOn: '2026-06-10', subject: 'Thiếu ghế chờ' })).json();
    const soon = (await record({ receivedOn: '2026-06-15', subject: 'Bãi xe chật' })).json();
    expect([late.dueOn, soon.dueOn]).toEqual(['2026-06-24', '2026-06-29']);
    await step('bvsn.coordinator', soon.id, { step: 'assign', unitId: kb });
    const scan = () => reminderScan({ today: '2026-06-26' }, { db: t.store.db, config: t.app.deps.config, log: t.app.log, now: new Date('2026-06-26T00:30:00Z') });
    await scan();
    const reminders = async () =>
      t.store.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select(['u.username', 'n.kind', 'n.body', 'n.link']).where('n.kind', 'like', 'reminder.feedback%').orderBy('u.username').orderBy('n.kind').execute();
    const first = await reminders();
    expect(first).toEqual(
      expect.arrayContaining([
        { username: 'bvsn.coordinator', kind: 'reminder.feedback_overdue', body: expect.stringContaining('Thiếu ghế chờ'), link: `/phan-anh/${late.id}` },
        { username: 'bvsn.coordinator', kind: 'reminder.feedback_due_soon', body: expect.stringContaining('hạn trả lời 29/06/2026'), link: `/phan-anh/${soon.id}` },
        { username: 'bvsn.kb', kind: 'reminder.feedback_due_soon', body: expect.stringContaining('Bãi xe chật'), link: `/phan-anh/${soon.id}` },
      ]),
    );
    // Not the reporter of a department the late item was never given to; each item once today, however many runs.
    expect(first.filter((r) => r.username === 'bvsn.kb' && r.link === `/phan-anh/${late.id}`)).toEqual([]);
    expect(kbReporter).toBeTruthy();
    await scan();
    expect(await reminders()).toHaveLength(first.length);
    expect((await t.store.db.selectFrom('feedback_items').select('reminded_on').where('id', '=', late.id).executeTakeFirstOrThrow()).reminded_on).toBe('2026-06-26');
  });

  it('answers 401 without a session and 404 for an item or file out of reach', async () => {
    expect((await t.request('GET', '/api/feedback')).statusCode).toBe(401);
    expect((await t.request('GET', `/api/feedback/${id}/files/01900000-0000-7000-8000-000000000000`, { cookie: await as('bvsn.coordinator') })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/feedback/${id}/files/x`, { cookie: await as('bvsn.tchc') })).statusCode).toBe(404);
    expect(tchc).toBeTruthy();
  });
});
