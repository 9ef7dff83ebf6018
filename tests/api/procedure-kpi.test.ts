import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-xml';
import { addProcedure, recordCopyProcedure } from '../support/procedure-fixtures';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Kpi = { key: string; value: number | null; detail: string; target: { value: number } | null; met: boolean | null };

/**
 * The posting KPI (issue 13; SPEC §2.10 "TTHC posted and stale") is one count: the registry, the
 * indices page, the department of health's table and a periodic report all say the same, and posting
 * the procedures changed or never posted brings it to its 100% target.
 */
describe.each(DIALECTS)('the procedures posted KPI on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let editor: string;
  let sytDirector: string;
  const ids: Record<string, string> = {};
  const year = Number(new Date().toISOString().slice(0, 4));

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    coordinator = await t.login('bvsn.coordinator');
    editor = await t.login('bvsn.editor');
    sytDirector = await t.login('syt-lc.director');
    const khth = await orgId(t.store, 'KHTH', 'BVSN');
    ids.posted = await addProcedure(t, coordinator, recordCopyProcedure(khth, { code: 'BVSN-TT-01' }));
    ids.stale = await addProcedure(t, coordinator, recordCopyProcedure(khth, { code: 'BVSN-TT-02', name: 'Cấp giấy chứng nhận sức khỏe' }));
    ids.never = await addProcedure(t, coordinator, recordCopyProcedure(khth, { code: 'BVSN-QT-01', scope: 'internal', name: 'Quy trình nội bộ tiếp nhận phản ánh' }));
    for (const id of [ids.posted, ids.stale]) expect((await post(id!)).statusCode).toBe(201);
    const amended = await t.request('POST', `/api/procedures/${ids.stale}/events`, { cookie: coordinator, body: { kind: 'amended', effectiveOn: `${year}-01-15`, decidingDocument: '12/QĐ-BVSN' } });
    expect(amended.statusCode, amended.body).toBe(201);
  });
  afterAll(() => t.close());

  const post = (id: string) => t.request('POST', `/api/procedures/${id}/postings`, { cookie: editor, body: { place: 'one_stop', postedOn: `${year}-02-01` } });
  const kpi = async (cookie: string): Promise<Kpi> => (await t.request('GET', `/api/indices/kpis?year=${year}`, { cookie })).json().items.find((k: Kpi) => k.key === 'procedures_posted');

  it('says the same share on the registry, the indices page and the department of health table', async () => {
    const registry = (await t.request('GET', '/api/procedures', { cookie: coordinator })).json().counts;
    expect(registry).toEqual({ inForce: 3, posted: 1, stale: 1, notPosted: 1, percent: 33.3 });
    const own = await kpi(coordinator);
    expect(own).toMatchObject({ value: 33.3, target: { value: 100 }, met: false });
    expect(own.detail).toContain('1/3 thủ tục đang có hiệu lực đã niêm yết đúng phiên bản; 1 cần niêm yết lại do đã thay đổi; 1 chưa niêm yết');
    const table = (await t.request('GET', '/api/procedures/posting-by-body', { cookie: sytDirector })).json();
    const bvsn = table.items.find((i: { organization: { code: string } }) => i.organization.code === 'BVSN');
    expect(bvsn.counts).toEqual(registry);
    // Each share is a list one filter away.
    const codes = async (standing: string) => (await t.request('GET', `/api/procedures?standing=${standing}`, { cookie: coordinator })).json().items.map((p: { code: string }) => p.code);
    expect(await codes('not_posted')).toEqual(['BVSN-QT-01']);
    expect(await codes('stale')).toEqual(['BVSN-TT-02']);
    expect(await codes('posted')).toEqual(['BVSN-TT-01']);
    expect((await t.request('GET', '/api/procedures?standing=old', { cookie: coordinator })).statusCode).toBe(400);
    // The department of health answers for its bodies: its KPI is the table's total.
    expect((await kpi(sytDirector)).value).toBe(table.total.percent);
  });

  it('puts the counts and the procedures still to post in a periodic report and its document', async () => {
    const res = await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'Y', year } });
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json();
    expect(report.sections.procedures.counts).toEqual({ inForce: 3, posted: 1, stale: 1, notPosted: 1, percent: 33.3 });
    expect(report.sections.procedures.toPost).toEqual([
      { code: 'BVSN-QT-01', name: 'Quy trình nội bộ tiếp nhận phản ánh', standing: 'not_posted' },
      { code: 'BVSN-TT-02', name: 'Cấp giấy chứng nhận sức khỏe', standing: 'stale' },
    ]);
    const doc = await readDocx((await t.request('GET', `/api/reports/${report.id}/document.docx`, { cookie: coordinator })).rawPayload);
    expect(doc.paragraph('III. KIỂM SOÁT, CÔNG KHAI THỦ TỤC HÀNH CHÍNH').runs[0]!.bold).toBe(true);
    expect(doc.paragraph(/thủ tục hành chính, quy trình nội bộ đang có hiệu lực/).text).toMatch(/có 03 thủ tục .* đúng phiên bản hiện hành 01 \(đạt 33,3%\); cần niêm yết lại do đã thay đổi 01; chưa niêm yết 01\.$/);
    expect(doc.paragraph(/^- BVSN-TT-02 — Cấp giấy chứng nhận sức khỏe/).text).toContain('đã thay đổi sau lần niêm yết gần nhất');
  });

  it('reaches its 100% target once the changed and the never-posted procedures are posted', async () => {
    for (const id of [ids.stale, ids.never]) expect((await post(id!)).statusCode).toBe(201);
    expect(await kpi(coordinator)).toMatchObject({ value: 100, met: true });
    expect((await t.request('GET', '/api/procedures?stale=1', { cookie: coordinator })).json().items).toEqual([]);
  });
});
