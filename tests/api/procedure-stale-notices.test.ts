import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProcedure, recordCopyProcedure } from '../support/procedure-fixtures';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Notice = { kind: string; title: string; body: string; link: string };

/**
 * When a procedure posted as it stood changes, the body's editors (and its other coordinators) are told
 * to post it again: once, when it turns stale, not at every later change; nobody in another body hears of it.
 */
describe.each(DIALECTS)('stale procedure notices on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let editor: string;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    coordinator = await t.login('bvsn.coordinator');
    editor = await t.login('bvsn.editor');
    id = await addProcedure(t, coordinator, recordCopyProcedure(await orgId(t.store, 'KHTH', 'BVSN')));
  });
  afterAll(() => t.close());

  const stale = async (cookie: string): Promise<Notice[]> =>
    (await t.request('GET', '/api/notifications?limit=50', { cookie })).json().items.filter((n: Notice) => n.kind === 'workflow.procedure.stale');
  const amend = (body: Record<string, unknown>) => t.request('PATCH', `/api/procedures/${id}`, { cookie: coordinator, body });

  it('says nothing while the procedure was never posted', async () => {
    expect((await amend({ result: 'Bản tóm tắt có xác nhận' })).statusCode).toBe(200);
    expect(await stale(editor)).toEqual([]);
  });

  it('tells the editor once when a posted procedure changes, with a link to it', async () => {
    expect((await t.request('POST', `/api/procedures/${id}/postings`, { cookie: editor, body: { place: 'premises', postedOn: '2026-03-01' } })).statusCode).toBe(201);
    expect((await amend({ processingTime: { value: 3, unit: 'working_days' } })).statusCode).toBe(200);
    const [notice, ...more] = await stale(editor);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ title: 'Thủ tục cần niêm yết lại', link: `/thu-tuc/${id}` });
    expect(notice!.body).toContain('BVSN-TT-01 “Cung cấp bản tóm tắt hồ sơ bệnh án” đã thay đổi');
    // Already stale: a second change adds nothing to say.
    expect((await t.request('POST', `/api/procedures/${id}/events`, { cookie: coordinator, body: { kind: 'amended', effectiveOn: '2026-04-01', decidingDocument: '15/QĐ-BVSN' } })).statusCode).toBe(201);
    expect(await stale(editor)).toHaveLength(1);
    // The coordinator made the change and is not told of it; another body's editor hears nothing.
    expect(await stale(coordinator)).toEqual([]);
    expect(await stale(await t.login('ttyt-lccd.editor'))).toEqual([]);
  });

  it('tells again after the next posting is overtaken by an amending decision', async () => {
    expect((await t.request('POST', `/api/procedures/${id}/postings`, { cookie: editor, body: { place: 'one_stop', postedOn: '2026-04-02' } })).statusCode).toBe(201);
    expect((await t.request('POST', `/api/procedures/${id}/events`, { cookie: coordinator, body: { kind: 'supplemented', effectiveOn: '2026-05-01', decidingDocument: '20/QĐ-BVSN' } })).statusCode).toBe(201);
    expect(await stale(editor)).toHaveLength(2);
  });

  it('sends one notice for an Excel list that changes several posted procedures', async () => {
    const khth = await orgId(t.store, 'KHTH', 'BVSN');
    const others = [
      await addProcedure(t, coordinator, recordCopyProcedure(khth, { code: 'BVSN-TT-02', name: 'Cấp giấy chứng sinh' })),
      await addProcedure(t, coordinator, recordCopyProcedure(khth, { code: 'BVSN-TT-03', name: 'Cấp giấy chứng nhận sức khỏe' })),
    ];
    for (const other of others) expect((await t.request('POST', `/api/procedures/${other}/postings`, { cookie: editor, body: { place: 'premises', postedOn: '2026-06-01' } })).statusCode).toBe(201);
    const before = (await stale(editor)).length;
    const row = (code: string, name: string) => ({ action: 'update', code, name, field: 'Khám bệnh, chữa bệnh', level: 'body', fees: [] });
    const applied = await t.request('POST', '/api/procedures/import/apply', { cookie: coordinator, body: { rows: [row('BVSN-TT-02', 'Cấp lại giấy chứng sinh'), row('BVSN-TT-03', 'Khám và cấp giấy chứng nhận sức khỏe')] } });
    expect(applied.statusCode, applied.body).toBe(200);
    const notices = await stale(editor);
    expect(notices).toHaveLength(before + 1);
    expect(notices[0]).toMatchObject({ link: '/thu-tuc?niemYet=stale', body: expect.stringMatching(/^02 thủ tục đã thay đổi .*: BVSN-TT-02, BVSN-TT-03\.$/) });
  });
});
