import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Aggregate = { bodies: { organization: { code: string }; reportId: string; texts: { results: string | null }; totals: { total: number } }[]; missing: { code: string }[] };
const compileH1 = async (t: TestApp, cookie: string) => {
  const res = await t.request('POST', '/api/reports', { cookie, body: { period: 'H1', year: 2026 } });
  expect([200, 201], res.body).toContain(res.statusCode);
  return res.json().sections.aggregate as Aggregate;
};

/**
 * A department of health's tổng hợp keeps the numbers of the reports sent to it (sent-report-numbers.ts):
 * a report returned, changed and sent again is read again, never the numbers kept from before.
 */
describe.each(DIALECTS)("the department of health's tổng hợp on %s", (dialect) => {
  let t: TestApp;
  let doh: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
    doh = await t.login('syt-lc.coordinator');
  });
  afterAll(() => t.close());

  it('adds up what was sent, and reads a report again once it is returned and sent anew', async () => {
    const first = await compileH1(t, doh);
    const sent = first.bodies.find((b) => b.organization.code === 'BVSN')!;
    expect(sent).toBeDefined();
    // The same compile again: the kept numbers give the same tổng hợp.
    expect(await compileH1(t, doh)).toEqual(first);

    const returned = await t.request('POST', `/api/reports/${sent.reportId}/transition`, { cookie: doh, body: { to: 'returned', comment: 'Bổ sung đánh giá kết quả' } });
    expect(returned.statusCode, returned.body).toBe(200);
    const whileReturned = await compileH1(t, doh);
    expect(whileReturned.bodies.map((b) => b.organization.code)).not.toContain('BVSN');
    expect(whileReturned.missing.map((m) => m.code)).toContain('BVSN');

    const words = 'Đã hoàn thành các nhiệm vụ trọng tâm của 6 tháng đầu năm; kết quả được đánh giá lại theo góp ý của Sở.';
    const coordinator = await t.login('bvsn.coordinator');
    expect((await t.request('PATCH', `/api/reports/${sent.reportId}`, { cookie: coordinator, body: { results: words } })).statusCode).toBe(200);
    expect((await t.request('POST', `/api/reports/${sent.reportId}/transition`, { cookie: await t.login('bvsn.director'), body: { to: 'approved' } })).statusCode).toBe(200);
    expect((await t.request('POST', `/api/reports/${sent.reportId}/transition`, { cookie: coordinator, body: { to: 'submitted' } })).statusCode).toBe(200);

    const again = await compileH1(t, doh);
    const resent = again.bodies.find((b) => b.organization.code === 'BVSN')!;
    expect(resent.texts.results).toBe(words);
    expect(resent.totals).toEqual(sent.totals);
    expect(again.missing.map((m) => m.code)).not.toContain('BVSN');
  });
});
