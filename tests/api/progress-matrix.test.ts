import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDraftPlans } from '../support/issue-demo-plans';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Cell = { total: number; done: number; doneLate: number; late: number; due: number; notApplicable: number };
type Row = { organization: { id: string; code: string; name: string }; depth: number; quarters: Cell[]; year: Cell };
type Matrix = { year: number; scope: string; body: { code: string }; rows: Row[]; totals: { quarters: Cell[]; year: Cell }; plans: { id: string; organizationId: string; numberAndSymbol: string }[] };
type Occurrence = { id: string; planId: string; due: string | null; status: string };

const sum = (cells: Cell[]) => cells.reduce((n, c) => n + c.total, 0);

describe.each(DIALECTS)('follow-up matrix on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let year: number;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await issueDraftPlans(t, 'TTYT-LCCD');
    coordinator = await t.login('ttyt-lccd.coordinator');
  });
  afterAll(() => t.close());

  it("counts a body's departments × quarters, and an accepted occurrence moves from due or late to done", async () => {
    const unit = await t.login('ttyt-lccd.tchc-tckt');
    const mine: Occurrence[] = (await t.request('GET', '/api/occurrences?mine=1&limit=500', { cookie: unit })).json().items;
    const target = mine.find((o) => o.due !== null)!;
    year = Number(target.due!.slice(0, 4));
    const quarter = Math.ceil(Number(target.due!.slice(5, 7)) / 3) - 1;

    const before: Matrix = (await t.request('GET', `/api/progress/matrix?year=${year}`, { cookie: coordinator })).json();
    expect(before).toMatchObject({ year, scope: 'units', body: { code: 'TTYT-LCCD' } });
    // Every active department is a row, including those with nothing to do this year.
    expect(before.rows.map((r) => r.organization.code)).toEqual(expect.arrayContaining(['TCHC-TCKT', 'KHNV', 'KSBT', 'YTCC']));
    const row = (m: Matrix) => m.rows.find((r) => r.organization.code === 'TCHC-TCKT')!;
    const ownInYear = mine.filter((o) => o.due?.startsWith(`${year}-`)).length;
    expect(row(before).year.total).toBe(ownInYear);
    expect(sum(row(before).quarters)).toBe(row(before).year.total);
    expect(before.totals.year.total).toBe(before.rows.reduce((n, r) => n + r.year.total, 0));
    expect(before.plans.some((p) => p.id === target.planId)).toBe(true);

    await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { status: 'submitted', progress: 100 } });
    await t.request('POST', `/api/occurrences/${target.id}/review`, { cookie: coordinator, body: { decision: 'accept' } });
    const after: Matrix = (await t.request('GET', `/api/progress/matrix?year=${year}`, { cookie: coordinator })).json();
    expect(row(after).quarters[quarter]!.done).toBe(row(before).quarters[quarter]!.done + 1);
    expect(row(after).quarters[quarter]!.late + row(after).quarters[quarter]!.due).toBe(row(before).quarters[quarter]!.late + row(before).quarters[quarter]!.due - 1);
  });

  it('shows a department of health every body under it, with drill-down to their plans and departments', async () => {
    const director = await t.login('syt-lc.director');
    const res = await t.request('GET', `/api/progress/matrix?year=${year}&scope=bodies`, { cookie: director });
    expect(res.statusCode).toBe(200);
    const m: Matrix = res.json();
    expect(m.body.code).toBe('SYT-LC');
    const codes = m.rows.map((r) => r.organization.code);
    expect(codes).toEqual(expect.arrayContaining(['BVSN', 'TTYT-LCCD']));
    expect(codes).not.toContain('SYT-HT');
    const centre = m.rows.find((r) => r.organization.code === 'TTYT-LCCD')!;
    expect(centre.year.done).toBeGreaterThanOrEqual(1);
    expect(m.plans.some((p) => p.organizationId === centre.organization.id)).toBe(true);

    const drill = await t.request('GET', `/api/progress/matrix?year=${year}&bodyId=${centre.organization.id}`, { cookie: director });
    expect(drill.statusCode).toBe(200);
    expect(drill.json().totals.year).toEqual(centre.year);
    // `organizationId`, the name every list uses for its body, says the same; two different bodies are refused.
    const named = await t.request('GET', `/api/progress/matrix?year=${year}&organizationId=${centre.organization.id}`, { cookie: director });
    expect(named.json()).toEqual(drill.json());
    const both = await t.request('GET', `/api/progress/matrix?year=${year}&organizationId=${centre.organization.id}&bodyId=${await orgId(t.store, 'SYT-LC')}`, { cookie: director });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details).toEqual([expect.objectContaining({ field: 'organizationId' })]);
  });

  it("refuses reporters, hides another province's bodies and checks the year", async () => {
    expect((await t.request('GET', `/api/progress/matrix?year=${year}`, { cookie: await t.login('ttyt-lccd.tchc-tckt') })).statusCode).toBe(403);
    const centreId = (await t.request('GET', `/api/progress/matrix?year=${year}&scope=bodies`, { cookie: await t.login('syt-lc.director') })).json().rows.find((r: Row) => r.organization.code === 'TTYT-LCCD').organization.id;
    const other = await t.request('GET', `/api/progress/matrix?year=${year}&bodyId=${centreId}`, { cookie: await t.login('syt-ht.director') });
    expect(other.statusCode).toBe(404);
    const bad = await t.request('GET', '/api/progress/matrix?year=hai-nghin', { cookie: coordinator });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
  });
});
