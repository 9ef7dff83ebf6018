import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Summary = { id: string; numberAndSymbol: string; title: string; state: string; taskCount: number; organization: { code: string }; year: number; kind: string };

describe.each(DIALECTS)('the seed plans in the demo on %s', (dialect) => {
  let t: TestApp;
  let plans: Summary[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    plans = (await t.request('GET', '/api/plans?limit=100', { cookie: await t.login('syt-lc.director') })).json().items;
  });
  afterAll(() => t.close());

  const find = (code: string, year: number, kind: string) => plans.find((p) => p.organization.code === code && p.year === year && p.kind === kind)!;

  it('holds the three seed plans and the two department plans they carry out', () => {
    expect(plans).toHaveLength(5);
    expect(find('SYT-LC', 2026, 'communication')).toMatchObject({ numberAndSymbol: '23/KH-SYT', state: 'issued' });
    expect(find('SYT-LC', 2026, 'cchc')).toMatchObject({ numberAndSymbol: '06/KH-SYT', state: 'issued' });
    expect(find('BVSN', 2025, 'communication')).toMatchObject({ numberAndSymbol: '/KH-BVSN', title: 'Tuyên truyền công tác Cải cách hành chính năm 2025' });
    expect(find('BVSN', 2026, 'cchc').taskCount).toBe(45);
  });

  it('keeps the ten appendix rows of 002 with their deadlines, leads and occurrences', async () => {
    const summary = find('TTYT-LCCD', 2026, 'communication');
    const plan = (await t.request('GET', `/api/plans/${summary.id}`, { cookie: await t.login('ttyt-lccd.coordinator') })).json();
    expect(plan.tasks.map((x: { deadlineText: string }) => x.deadlineText)).toEqual([
      'Quý I năm 2026',
      'Quý II–III/2026',
      'Quý IV năm 2026',
      'Thường xuyên',
      'Thường xuyên',
      'Quý II, III năm 2026',
      'Hàng quý',
      'Thường xuyên',
      'Quý I năm 2026',
      'Hàng quý',
    ]);
    expect(plan.tasks.every((x: { schedule: { understood: boolean } }) => x.schedule.understood)).toBe(true);
    expect(plan.tasks[1].occurrences).toEqual([expect.objectContaining({ start: '2026-04-01', end: '2026-09-30', due: '2026-09-30' })]);
    expect(plan.tasks[6].occurrences).toHaveLength(4);
    expect(plan.parentPlanId).toBe(find('SYT-LC', 2026, 'communication').id);
    expect(plan.signerName).toBe('Vũ Anh Dũng');
    expect(plan.superiorName).toBe('SỞ Y TẾ TỈNH LÀO CAI');
    expect(Object.values(plan.names)).toEqual(expect.arrayContaining(['Phòng Tổ chức hành chính - Tài chính kế toán', 'Các khoa, phòng trực thuộc']));
    expect(plan.content.recipients).toContain('Lưu: VT, TCHC');
    expect(plan.citations).toEqual([
      expect.objectContaining({ kind: 'plan', code: '23/KH-SYT', date: '2026-01-23', issuer: 'Sở Y tế tỉnh Lào Cai', documentId: expect.any(String) }),
      expect.objectContaining({ kind: 'plan', code: '03/KH-TTYT', date: '2026-01-16' }),
    ]);
  });

  it("lets the hospital start its plan from the department's, with the tasks given to every body", async () => {
    const coordinator = await t.login('bvsn.coordinator');
    const parent = find('SYT-LC', 2026, 'communication');
    const res = await t.request('POST', '/api/plans', { cookie: coordinator, body: { fromParentId: parent.id } });
    expect(res.statusCode).toBe(201);
    expect(res.json().tasks.length).toBeGreaterThan(0);
    // The hospital reads who the department's plan names, though it cannot list the department's tree.
    const parentDetail = (await t.request('GET', `/api/plans/${parent.id}`, { cookie: coordinator })).json();
    expect(Object.values(parentDetail.names)).toEqual(expect.arrayContaining(['Các đơn vị trong ngành', 'Văn phòng Sở']));
    expect(parentDetail.superiorName).toBe('UBND TỈNH LÀO CAI');
    expect(res.json().content.introduction).toMatch(/^Thực hiện Kế hoạch số 23\/KH-SYT ngày 23\/01\/2026 của Sở Y tế tỉnh Lào Cai/);
    const issued = await t.request('POST', `/api/plans/${res.json().id}/transition`, { cookie: coordinator, body: { to: 'submitted' } });
    expect(issued.statusCode).toBe(200);
    const next = await t.request('POST', `/api/plans/${res.json().id}/transition`, { cookie: await t.login('bvsn.director'), body: { to: 'issued' } });
    expect(next.json().numberAndSymbol).toBe('01/KH-BVSN');
  });
});

describe('the legal documents the demo plans cite', () => {
  it('are in the registry with the date and issuer the plans give', async () => {
    const t = await createTestApp('sqlite');
    const cookie = await t.login('bvsn.viewer');
    const docs = (await t.request('GET', '/api/legal-documents?limit=200', { cookie })).json().items;
    const byCode = new Map(docs.map((d: { code: string }) => [d.code, d]));
    expect(byCode.get('76/NQ-CP')).toMatchObject({ kind: 'resolution', issuedOn: '2021-07-15', issuer: 'Chính phủ' });
    expect(byCode.get('14-ĐA/TU')).toMatchObject({ kind: 'scheme', issuedOn: '2020-12-11' });
    expect(byCode.get('4210/QĐ-BYT')).toMatchObject({ kind: 'decision', issuedOn: '2017-09-20' });
    expect(docs.length).toBeGreaterThanOrEqual(15);
    await t.close();
  });
});
