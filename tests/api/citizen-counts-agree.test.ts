import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/domain/calendar';
import { FEEDBACK_STATES } from '../../src/shared/feedback-vocabulary';
import { readDocx } from '../support/docx-xml';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Counts = { received: number; answered: number; refused: number; open: number; overdue: number; answeredLate: number; due: number; onTime: number; onTimePercent: number | null };
type Share = { answered: number; satisfied: number; percent: number | null };
type Kpi = { key: string; value: number | null; detail: string; target: { value: number } | null; met: boolean | null };
type BodyRow<T> = { organization: { code: string } } & T;

const YEAR = 2026;

/**
 * The demo's citizens as a hospital's customer-care team would find them after living the year, and what
 * they said counted once (SPEC §2.8, issue 14): on the demo as it has lived its year, the
 * feedback list's head, the indices KPI, the year's report and the department of health's table give the
 * same feedback numbers; a survey's list, its results, the KPI, the report and the table the same rate.
 */
describe.each(DIALECTS)("citizens' figures agree across pages on %s", (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let director: string;
  let counts: Counts;
  let kpis: Kpi[];

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
    coordinator = await t.login('bvsn.coordinator');
    director = await t.login('syt-lc.director');
    counts = (await t.request('GET', `/api/feedback?year=${YEAR}&limit=5`, { cookie: coordinator })).json().counts;
    kpis = (await t.request('GET', `/api/indices/kpis?year=${YEAR}`, { cookie: coordinator })).json().items;
  });
  afterAll(() => t.close());

  it('gives BVSN and TTYT-LCCD a dozen feedback items in every state, one past due, some answers published', async () => {
    const today = todayInVietnam(new Date());
    for (const code of ['BVSN', 'TTYT-LCCD']) {
      const bodyId = await orgId(t.store, code);
      const items = await t.store.db.selectFrom('feedback_items').selectAll().where('organization_id', '=', bodyId).execute();
      expect(items.length).toBeGreaterThanOrEqual(10);
      expect(new Set(items.map((i) => i.state))).toEqual(new Set(FEEDBACK_STATES));
      expect(items.filter((i) => (i.state === 'received' || i.state === 'assigned') && i.due_on < today).length).toBeGreaterThanOrEqual(1);
      expect(items.filter((i) => i.answer_published_at !== null).length).toBeGreaterThanOrEqual(2);
      expect(items.filter((i) => i.answered_on !== null && i.answered_on > i.due_on).length).toBeGreaterThanOrEqual(1);
      // Every step is on a day no later than today, and an item's steps run in order.
      const events = await t.store.db.selectFrom('feedback_events').select(['feedback_id', 'at']).where('feedback_id', 'in', items.map((i) => i.id)).orderBy('at').execute();
      expect(events.every((e) => e.at.slice(0, 10) <= today)).toBe(true);
      expect(new Set(items.map((i) => i.tracking_code)).size).toBe(items.length);
    }
  });

  it('gives each of them a SIPAS survey with a few hundred anonymous answers spread over the months', async () => {
    for (const code of ['BVSN', 'TTYT-LCCD']) {
      const bodyId = await orgId(t.store, code);
      const survey = await t.store.db.selectFrom('surveys').selectAll().where('organization_id', '=', bodyId).executeTakeFirstOrThrow();
      expect(survey).toMatchObject({ template: 'sipas', state: 'published' });
      const responses = await t.store.db.selectFrom('survey_responses').select(['answered_on', 'device_hash']).where('survey_id', '=', survey.id).execute();
      expect(responses.length).toBeGreaterThanOrEqual(250);
      expect(new Set(responses.map((r) => r.answered_on.slice(0, 7))).size).toBeGreaterThanOrEqual(2);
      const points = await t.store.db.selectFrom('survey_scale_answers').select(['point', 'aspect']).where('survey_id', '=', survey.id).execute();
      const satisfied = points.filter((p) => p.point >= 4).length / points.length;
      expect(satisfied).toBeGreaterThan(0.6);
      expect(satisfied).toBeLessThan(0.97);
      expect(new Set(points.map((p) => p.aspect))).toEqual(new Set(['access', 'procedure', 'staff', 'result', 'feedback_handling']));
    }
  });

  it('shows a hospital whose feedback has lived its year: answered mostly on time, one past due, one refused', () => {
    expect(counts.received).toBeGreaterThanOrEqual(10);
    expect(counts.overdue).toBeGreaterThanOrEqual(1);
    expect(counts.refused).toBe(1);
    expect(counts.answered + counts.refused + counts.open).toBe(counts.received);
    expect(counts.onTime).toBeGreaterThan(counts.due / 2);
  });

  it('gives the same feedback figures in the KPI, the year report, its document and the department of health table', async () => {
    const kpi = kpis.find((k) => k.key === 'feedback_on_time')!;
    expect(kpi.value).toBe(counts.onTimePercent);
    expect(kpi.detail).toContain(`${counts.onTime}/${counts.due} phản ánh`);

    const report = (await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'Y', year: YEAR } })).json();
    expect(report.sections.citizens.feedback).toEqual(counts);
    const doc = await readDocx((await t.request('GET', `/api/reports/${report.id}/document.docx`, { cookie: coordinator })).rawPayload);
    expect(doc.paragraph(/tiếp nhận \d+ phản ánh, kiến nghị/).text).toContain(`tiếp nhận ${String(counts.received).padStart(2, '0')} phản ánh, kiến nghị`);

    const table = (await t.request('GET', `/api/feedback/by-body?year=${YEAR}`, { cookie: director })).json();
    expect(table.items.find((r: BodyRow<{ counts: Counts }>) => r.organization.code === 'BVSN').counts).toEqual(counts);
    // The department of health's own KPI counts its bodies' feedback too, as its table's total does.
    const sytKpis: Kpi[] = (await t.request('GET', `/api/indices/kpis?year=${YEAR}`, { cookie: director })).json().items;
    expect(sytKpis.find((k) => k.key === 'feedback_on_time')!.value).toBe(table.total.onTimePercent);
  });

  it('gives the same satisfaction rate in the survey list, its results, the KPI, the year report and the table', async () => {
    const surveys = (await t.request('GET', '/api/surveys', { cookie: coordinator })).json().items;
    const sipas = surveys.find((s: { template: string | null }) => s.template === 'sipas');
    const results = (await t.request('GET', `/api/surveys/${sipas.id}/results`, { cookie: coordinator })).json();
    expect(results.satisfaction.overall).toEqual(sipas.satisfaction);
    expect(results.responses).toBe(sipas.responseCount);
    expect(results.satisfaction.months.length).toBeGreaterThanOrEqual(2);

    const kpi = kpis.find((k) => k.key === 'survey_satisfaction')!;
    expect(kpi.value).toBe(sipas.satisfaction.percent);
    const report = (await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'Y', year: YEAR } })).json();
    expect(report.sections.citizens.satisfaction).toMatchObject({ responses: sipas.responseCount, overall: sipas.satisfaction });
    const table = (await t.request('GET', `/api/surveys/satisfaction-by-body?year=${YEAR}`, { cookie: director })).json();
    expect(table.items.find((r: BodyRow<{ overall: Share }>) => r.organization.code === 'BVSN')).toMatchObject({ responses: sipas.responseCount, overall: sipas.satisfaction });
  });

  it("measures both KPIs against the targets the body's issued plan words", async () => {
    const plan = await t.store.db
      .selectFrom('plans')
      .innerJoin('organizations as o', 'o.id', 'plans.organization_id')
      .select(['plans.id', 'plans.content_json'])
      .where('o.code', '=', 'BVSN')
      .where('plans.year', '=', YEAR)
      .where('plans.state', '=', 'issued')
      .executeTakeFirstOrThrow();
    const content = JSON.parse(plan.content_json);
    content.targets.push({ text: '100% phản ánh, kiến nghị của người dân được trả lời đúng thời hạn', value: null, unit: null, comparator: null });
    content.targets.push({ text: 'Tỷ lệ hài lòng của người bệnh đạt từ 50% trở lên', value: null, unit: null, comparator: null });
    await t.store.db.updateTable('plans').set({ content_json: JSON.stringify(content) }).where('id', '=', plan.id).execute();
    const measured: Kpi[] = (await t.request('GET', `/api/indices/kpis?year=${YEAR}`, { cookie: coordinator })).json().items;
    expect(measured.find((k) => k.key === 'feedback_on_time')).toMatchObject({ target: { value: 100 }, met: false });
    expect(measured.find((k) => k.key === 'survey_satisfaction')).toMatchObject({ target: { value: 50 }, met: true });
  });
});
