import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Result = { id: string; kind: string; scope: string; year: number; value: string | null; rank: number | null; rankOf: number | null; rankText: string | null };
type Kpi = { key: string; value: number | null; unit: string; detail: string };

describe.each(DIALECTS)('indices on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    coordinator = await t.login('syt-lc.coordinator');
  });
  afterAll(() => t.close());

  const par = { kind: 'par_index', scope: 'province', year: 2025, value: '89,52', rank: 6, rankOf: 34, targetRank: 10, source: 'Quyết định công bố Chỉ số CCHC năm 2025 của Bộ Nội vụ' };

  it('keeps a year of an index by hand, quoting the rank as "06/34", and corrects it in place', async () => {
    const saved = await t.request('PUT', '/api/indices', { cookie: coordinator, body: par });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ kind: 'par_index', scope: 'province', year: 2025, value: '89.52', rank: 6, rankOf: 34, rankText: '06/34', targetRank: 10 });
    const corrected = await t.request('PUT', '/api/indices', { cookie: coordinator, body: { ...par, value: '90.1', rank: 5 } });
    expect(corrected.json()).toMatchObject({ id: saved.json().id, value: '90.1', rankText: '05/34' });
    await t.request('PUT', '/api/indices', { cookie: coordinator, body: { ...par, year: 2024, value: '87.3', rank: 12, rankOf: 63 } });
    const list = (await t.request('GET', '/api/indices?from=2024&to=2025', { cookie: coordinator })).json();
    expect(list.canEdit).toBe(true);
    expect(list.items.map((r: Result) => [r.year, r.value, r.rankText])).toEqual([
      [2024, '87.3', '12/63'],
      [2025, '90.1', '05/34'],
    ]);
    const audit = (await t.request('GET', '/api/audit-log?limit=10', { cookie: await t.login('syt-lc.director') })).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['index_result.create', 'index_result.update']));
  });

  it('refuses a rank beyond the count, a score that is not a number, and someone who may not enter results, changing nothing', async () => {
    for (const body of [{ ...par, rank: 40 }, { ...par, value: 'cao' }, { ...par, kind: 'hdi' }]) {
      const res = await t.request('PUT', '/api/indices', { cookie: coordinator, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(/[ạảãàáâậầấẩẫăằắặẳẵẹẻẽèéêệềếểễịỉĩìíọỏõòóôộồốổỗơờớợởỡụủũùúưừứựửữỳýỵỷỹđ]/i);
    }
    expect((await t.request('PUT', '/api/indices', { cookie: await t.login('syt-lc.vp'), body: par })).statusCode).toBe(403);
    const list = (await t.request('GET', '/api/indices?from=2025&to=2025', { cookie: coordinator })).json();
    expect(list.items[0]).toMatchObject({ value: '90.1', rank: 5 });
    // A hospital reads its department of health's results only through its own page: not in its reach.
    const hospital = await t.login('bvsn.coordinator');
    const own = (await t.request('GET', '/api/indices', { cookie: hospital })).json();
    expect(own.items).toEqual([]);
    const sytId = (await t.request('GET', '/api/me', { cookie: coordinator })).json().organization.id;
    expect((await t.request('GET', `/api/indices?organizationId=${sytId}`, { cookie: await t.login('syt-ht.director') })).statusCode).toBe(404);
    expect((await t.request('PUT', '/api/indices', { cookie: await t.login('syt-lc.director'), body: { ...par, organizationId: (await t.request('GET', '/api/me', { cookie: hospital })).json().organization.id } })).statusCode).toBe(403);
  });

  it('deletes a result entered by mistake', async () => {
    const wrong = (await t.request('PUT', '/api/indices', { cookie: coordinator, body: { ...par, kind: 'ddci', scope: 'body', year: 2023 } })).json();
    expect((await t.request('DELETE', `/api/indices/${wrong.id}`, { cookie: coordinator })).statusCode).toBe(204);
    expect((await t.request('DELETE', `/api/indices/${wrong.id}`, { cookie: coordinator })).statusCode).toBe(404);
  });

  it('reads one result by id as the list shows it, only to those who read the list', async () => {
    const [listed] = (await t.request('GET', '/api/indices?from=2025&to=2025', { cookie: coordinator })).json().items;
    expect((await t.request('GET', `/api/indices/${listed.id}`, { cookie: coordinator })).json()).toEqual(listed);
    for (const username of ['syt-ht.director', 'bvsn.coordinator']) {
      const res = await t.request('GET', `/api/indices/${listed.id}`, { cookie: await t.login(username) });
      expect(res.statusCode, username).toBe(404);
      expect(res.json().error.code).toBe('INDEX_RESULT_NOT_FOUND');
    }
    expect((await t.request('GET', `/api/indices/${listed.id}`)).statusCode).toBe(401);
  });

  it("computes the body's KPIs from its own data", async () => {
    const kpis: Kpi[] = (await t.request('GET', '/api/indices/kpis?year=2026', { cookie: await t.login('ttyt-lccd.coordinator') })).json().items;
    const onTime = kpis.find((k) => k.key === 'tasks_on_time')!;
    const late = kpis.find((k) => k.key === 'late_work')!;
    expect(late.value).toBeGreaterThan(0);
    expect(onTime.value).toBe(0);
    expect(onTime.detail).toMatch(/^0\/\d+ kỳ đến hạn/);
    expect(kpis.find((k) => k.key === 'feedback_on_time')).toMatchObject({ value: null });
  });

  it("measures the KPIs against the targets the body's issued plans set", async () => {
    const plan = await t.store.db.selectFrom('plans').innerJoin('organizations as o', 'o.id', 'plans.organization_id').select(['plans.id', 'plans.content_json']).where('o.code', '=', 'SYT-LC').where('plans.state', '=', 'issued').where('plans.number', '=', 6).executeTakeFirstOrThrow();
    const content = JSON.parse(plan.content_json);
    content.targets.push({ text: 'Phấn đấu 100% nhiệm vụ được giao hoàn thành đúng thời hạn', value: 100, unit: '%', comparator: 'exactly' });
    await t.store.db.updateTable('plans').set({ content_json: JSON.stringify(content) }).where('id', '=', plan.id).execute();
    const kpis: (Kpi & { target: { value: number } | null; met: boolean | null })[] = (await t.request('GET', '/api/indices/kpis?year=2026', { cookie: coordinator })).json().items;
    const onTime = kpis.find((k) => k.key === 'tasks_on_time')!;
    expect(onTime.target).toMatchObject({ text: 'Phấn đấu 100% nhiệm vụ được giao hoàn thành đúng thời hạn', value: 100 });
    expect(onTime.met).toBe(false);
    expect(kpis.find((k) => k.key === 'items_published')).toMatchObject({ target: null, met: null });
  });

  it("answers another body's result as one that does not exist, and keeps it", async () => {
    const theirs = (await t.request('PUT', '/api/indices', { cookie: coordinator, body: { ...par, kind: 'sipas', year: 2022 } })).json();
    // The other province's coordinator enters and deletes results of their own: the role is not what stops them.
    const outsider = await t.login('syt-ht.coordinator');
    const foreign = await t.request('DELETE', `/api/indices/${theirs.id}`, { cookie: outsider });
    const unknown = await t.request('DELETE', '/api/indices/01a00000-0000-7000-8000-0000000000ff', { cookie: outsider });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(unknown.json());
    expect(foreign.json().error.code).toBe('INDEX_RESULT_NOT_FOUND');
    const list = (await t.request('GET', '/api/indices?from=2022&to=2022', { cookie: coordinator })).json();
    expect(list.items.map((r: Result) => r.id)).toContain(theirs.id);
  });
});
