import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganization } from '../../src/db/repositories/organizations';
import { bodyFigures, figurePercent } from '../../src/server/commands/body-figures';
import { readDocx } from '../support/docx-xml';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Tally = { total: number; done: number; doneLate: number; late: number; due: number; notApplicable: number; undated: number };
type Home = { today: string; mine: Record<string, number | null>; body: { id: string; tally: Tally; areas: { tally: Tally }[]; reports: { period: string; state: string | null }[] } | null; bodies: { code: string; tally: Tally; reportsSent: number; reportsDue: number }[] | null };
type Row = { organization: { code: string }; year: Tally };
type Kpi = { key: string; value: number | null; detail: string };
type Occurrence = { id: string; standing: string; status: string; due: string | null };

const YEAR = 2026;

/**
 * Every page that counts work reads the same counted work (SPEC §2.5, issue 11): on the demo as it has
 * lived its year, the home page, the follow-up matrix in both views, the KPIs, the year's report and
 * the work list give the same numbers for the same body.
 */
describe.each(DIALECTS)('counts agree across pages on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let home: Home;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
    coordinator = await t.login('bvsn.coordinator');
    home = (await t.request('GET', `/api/home?year=${YEAR}`, { cookie: coordinator })).json();
  });
  afterAll(() => t.close());

  it('shows a hospital that has lived its year: most work done, some late, a few undated, reports sent', () => {
    const tally = home.body!.tally;
    expect(tally.done).toBeGreaterThan(tally.late);
    expect(tally.late).toBeGreaterThan(0);
    expect(tally.undated).toBeGreaterThan(0);
    expect(tally.done + tally.late + tally.due + tally.notApplicable + tally.undated).toBe(tally.total);
    expect(home.body!.areas.reduce((n, a) => n + a.tally.total, 0)).toBe(tally.total);
    expect(home.body!.reports.filter((r) => r.state === 'submitted').map((r) => r.period)).toEqual(['Q1', 'H1']);
    expect(home.body!.reports.find((r) => r.period === '9M')!.state).toBe('returned');
  });

  it('gives the same year in the follow-up matrix, by department and among the bodies of the department of health', async () => {
    const units = (await t.request('GET', `/api/progress/matrix?year=${YEAR}`, { cookie: coordinator })).json();
    expect(units.totals.year).toEqual(home.body!.tally);
    const bodies = (await t.request('GET', `/api/progress/matrix?year=${YEAR}&scope=bodies`, { cookie: await t.login('syt-lc.director') })).json();
    expect(bodies.rows.find((r: Row) => r.organization.code === 'BVSN').year).toEqual(home.body!.tally);
    const sytHome: Home = (await t.request('GET', `/api/home?year=${YEAR}`, { cookie: await t.login('syt-lc.director') })).json();
    for (const b of sytHome.bodies!) expect(b.tally, b.code).toEqual(bodies.rows.find((r: Row) => r.organization.code === b.code).year);
    // Ranked by late work, and the reports the department has received.
    expect(sytHome.bodies!.map((b) => b.tally.late)).toEqual([...sytHome.bodies!.map((b) => b.tally.late)].sort((a, b) => b - a));
    expect(sytHome.bodies!.find((b) => b.code === 'BVSN')).toMatchObject({ reportsSent: 2, reportsDue: 3 });
  });

  it('gives the same late work in the KPIs, the year report and the work list', async () => {
    const tally = home.body!.tally;
    const kpis: Kpi[] = (await t.request('GET', `/api/indices/kpis?year=${YEAR}`, { cookie: coordinator })).json().items;
    expect(kpis.find((k) => k.key === 'late_work')!.value).toBe(tally.late + tally.doneLate);
    expect(kpis.find((k) => k.key === 'tasks_on_time')!.detail).toContain(`${tally.undated} kỳ thuộc nhiệm vụ chưa có thời hạn`);

    const report = (await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'Y', year: YEAR } })).json();
    expect(report.sections.work.totals).toEqual({ total: tally.done + tally.late + tally.due, done: tally.done, doneLate: tally.doneLate, late: tally.late, notDue: tally.due });
    expect(report.sections.work.notApplicable).toBe(tally.notApplicable);
    expect(report.sections.work.undated).toBe(tally.undated);
    // The official document says the undated work aloud too, rather than leaving it out silently.
    const doc = await readDocx((await t.request('GET', `/api/reports/${report.id}/document.docx`, { cookie: coordinator })).rawPayload);
    expect(doc.paragraph(/^Tính đến ngày/).text).toContain(`${String(tally.undated).padStart(2, '0')} lượt thuộc nhiệm vụ chưa xác định thời hạn`);

    const list: Occurrence[] = (await t.request('GET', `/api/occurrences?dueFrom=${YEAR}-01-01&dueTo=${YEAR}-12-31&limit=1000`, { cookie: coordinator })).json().items;
    expect(list.length).toBe(tally.total - tally.undated);
    expect(list.filter((o) => o.standing === 'late').length).toBe(tally.late);
    const late: Occurrence[] = (await t.request('GET', `/api/occurrences?late=1&dueFrom=${YEAR}-01-01&dueTo=${YEAR}-12-31&limit=1000`, { cookie: coordinator })).json().items;
    expect(late.length).toBe(tally.late);
  });

  it("gives scoring the KPI cards' figures: a rule on a share reads the value the card shows", async () => {
    const kpis: Kpi[] = (await t.request('GET', `/api/indices/kpis?year=${YEAR}`, { cookie: coordinator })).json().items;
    const body = await findOrganization(t.store.db, home.body!.id);
    const figures = await bodyFigures(t.store.db, body!, YEAR, home.today);
    for (const key of ['tasks_on_time', 'procedures_posted', 'feedback_on_time', 'survey_satisfaction'] as const) {
      expect({ key, value: figurePercent(figures, key) }).toEqual({ key, value: kpis.find((k) => k.key === key)!.value });
    }
    expect(figurePercent(figures, 'tasks_on_time')).toBeGreaterThan(0);
  });

  it('tells a department its own work, with nothing to review; refuses without sign-in and an unknown field', async () => {
    const unit: Home = (await t.request('GET', `/api/home?year=${YEAR}`, { cookie: await t.login('bvsn.tchc') })).json();
    expect(unit.body).toBeNull();
    expect(unit.mine.toReview).toBeNull();
    const mine: Occurrence[] = (await t.request('GET', `/api/occurrences?mine=1&dueFrom=${YEAR}-01-01&dueTo=${YEAR}-12-31&limit=1000`, { cookie: await t.login('bvsn.tchc') })).json().items;
    expect(unit.mine.late).toBe(mine.filter((o) => o.standing === 'late').length);
    // "My work" opens on what is still to do.
    const open: Occurrence[] = (await t.request('GET', `/api/occurrences?mine=1&open=1&dueFrom=${YEAR}-01-01&dueTo=${YEAR}-12-31&limit=1000`, { cookie: await t.login('bvsn.tchc') })).json().items;
    expect(open.map((o) => o.id).sort()).toEqual(mine.filter((o) => o.status !== 'done' && o.status !== 'not_applicable').map((o) => o.id).sort());
    expect(open.length).toBeLessThan(mine.length);
    expect((await t.request('GET', '/api/home', {})).statusCode).toBe(401);
    expect((await t.request('GET', '/api/home?nam=2026', { cookie: coordinator })).statusCode).toBe(400);
  });
});
