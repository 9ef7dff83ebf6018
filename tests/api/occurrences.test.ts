import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDraftPlans } from '../support/issue-demo-plans';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Occurrence = { id: string; taskId: string; planId: string; due: string | null; status: string; progress: number; late: boolean; note: string | null; can: { update: boolean; review: boolean } };

describe.each(DIALECTS)('occurrences on %s', (dialect) => {
  let t: TestApp;
  let unit: string;
  let coordinator: string;
  let target: Occurrence;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await issueDraftPlans(t, 'TTYT-LCCD');
    unit = await t.login('ttyt-lccd.tchc-tckt');
    coordinator = await t.login('ttyt-lccd.coordinator');
  });
  afterAll(() => t.close());

  it("lists a department's own work with its due dates and computed lateness", async () => {
    const res = await t.request('GET', '/api/occurrences?mine=1&limit=200', { cookie: unit });
    expect(res.statusCode).toBe(200);
    const items: Occurrence[] = res.json().items;
    expect(items.length).toBeGreaterThan(10);
    for (const o of items) expect(o).toEqual(expect.objectContaining({ id: expect.any(String), taskId: expect.any(String), planId: expect.any(String), status: 'not_started', progress: 0, late: expect.any(Boolean) }));
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    for (const o of items) expect(o.late).toBe(o.due !== null && o.due < today);
    const late: Occurrence[] = (await t.request('GET', '/api/occurrences?mine=1&late=1&limit=200', { cookie: unit })).json().items;
    expect(late.length).toBe(items.filter((o) => o.late).length);
    target = items.find((o) => o.due !== null && o.due > today) ?? items[0]!;
    expect(target.can).toEqual({ update: true, review: false, comment: true });
  });

  it('refuses bad values and a done status from the department, changing nothing', async () => {
    for (const body of [{ progress: 150 }, { status: 'finished' }, { progress: 'half' }]) {
      const res = await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const done = await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { status: 'done' } });
    expect(done.statusCode).toBe(400);
    expect(done.json().error.code).toBe('STATUS_RESERVED_FOR_REVIEW');
    const now = (await t.request('GET', '/api/occurrences?mine=1&limit=200', { cookie: unit })).json().items.find((o: Occurrence) => o.id === target.id);
    expect(now).toMatchObject({ status: 'not_started', progress: 0 });
  });

  it('refuses a status and a progress that contradict, naming both fields, and lets one follow the other', async () => {
    for (const body of [{ status: 'in_progress', progress: 100 }, { status: 'not_started', progress: 40 }, { status: 'submitted', progress: 60 }, { status: 'in_progress', progress: 0 }]) {
      const res = await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'PROGRESS_CONTRADICTS_STATUS', message: expect.stringMatching(/^Trạng thái ".+" đi với Tiến độ .+, nhưng Tiến độ đang là \d+%/) });
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual(['status', 'progress']);
    }
    const hundred = await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { progress: 100 } });
    expect(hundred.json().error.message).toContain('Tiến độ 100% chỉ có khi nộp kết quả ("Chờ duyệt")');
    const started = await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { progress: 20 } });
    expect(started.json()).toMatchObject({ status: 'in_progress', progress: 20 });
    const reset = await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { status: 'not_started' } });
    expect(reset.json()).toMatchObject({ status: 'not_started', progress: 0 });
  });

  it('reads one period by its id as the list shows it, with the same can flags, to whoever may see it', async () => {
    const listed = (await t.request('GET', '/api/occurrences?mine=1&limit=200', { cookie: unit })).json().items.find((o: Occurrence) => o.id === target.id);
    const one = await t.request('GET', `/api/occurrences/${target.id}`, { cookie: unit });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(listed);
    // Each person their own flags, as in their list.
    const coordinatorsList = (await t.request('GET', `/api/occurrences?planId=${target.planId}&limit=1000`, { cookie: coordinator })).json().items.find((o: Occurrence) => o.id === target.id);
    expect((await t.request('GET', `/api/occurrences/${target.id}`, { cookie: coordinator })).json()).toEqual(coordinatorsList);
    expect((await t.request('GET', `/api/occurrences/${target.id}`, { cookie: await t.login('bvsn.tchc') })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/occurrences/${target.id}`)).statusCode).toBe(401);
    const unknown = await t.request('GET', '/api/occurrences/01a00000-0000-7000-8000-000000000000', { cookie: unit });
    expect([unknown.statusCode, unknown.json().error.message]).toEqual([404, expect.stringMatching(/kỳ thực hiện/i)]);
  });

  it("hides another body's work and lets only the responsible units update", async () => {
    expect((await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: await t.login('bvsn.tchc'), body: { progress: 10 } })).statusCode).toBe(404);
    expect((await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: await t.login('ttyt-lccd.viewer'), body: { progress: 10 } })).statusCode).toBe(403);
  });

  it('goes through update, submit, return, resubmit and accept, keeping every step', async () => {
    const working = await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { status: 'in_progress', progress: 50, note: 'Đã cử 02 cán bộ' } });
    expect(working.json()).toMatchObject({ status: 'in_progress', progress: 50, note: 'Đã cử 02 cán bộ' });
    expect((await t.request('POST', `/api/occurrences/${target.id}/review`, { cookie: coordinator, body: { decision: 'accept' } })).statusCode).toBe(409);
    const submitted = (await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { status: 'submitted', progress: 100 } })).json();
    expect(submitted).toMatchObject({ status: 'submitted', can: { update: true, review: false } });
    expect((await t.request('POST', `/api/occurrences/${target.id}/review`, { cookie: unit, body: { decision: 'accept' } })).statusCode).toBe(403);
    const returned = await t.request('POST', `/api/occurrences/${target.id}/review`, { cookie: coordinator, body: { decision: 'return', comment: 'Bổ sung quyết định cử cán bộ' } });
    expect(returned.json()).toMatchObject({ status: 'in_progress' });
    await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { status: 'submitted' } });
    const accepted = await t.request('POST', `/api/occurrences/${target.id}/review`, { cookie: coordinator, body: { decision: 'accept', comment: 'Đạt' } });
    expect(accepted.json()).toMatchObject({ status: 'done', progress: 100, late: false });
    expect((await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { progress: 90 } })).statusCode).toBe(409);
    const history = (await t.request('GET', `/api/occurrences/${target.id}/history`, { cookie: coordinator })).json().items;
    expect(history.map((h: { kind: string; status: string; progress: number }) => `${h.kind}:${h.status}:${h.progress}`)).toEqual([
      'update:in_progress:20',
      'update:not_started:0',
      'update:in_progress:50',
      'update:submitted:100',
      'return:in_progress:99',
      'update:submitted:100',
      'accept:done:100',
    ]);
    expect(history[4]).toMatchObject({ comment: 'Bổ sung quyết định cử cán bộ', actor: expect.any(String) });
  });
});

describe.each(DIALECTS)('progress roll-up on %s', (dialect) => {
  it("rolls a body's accepted work up to its plan and into the department of health's plan", async () => {
    const t = await createTestApp(dialect);
    await issueDraftPlans(t, 'TTYT-LCCD');
    const unit = await t.login('ttyt-lccd.tchc-tckt');
    const coordinator = await t.login('ttyt-lccd.coordinator');
    const mine: Occurrence[] = (await t.request('GET', '/api/occurrences?mine=1&limit=200', { cookie: unit })).json().items;
    const target = mine[0]!;
    await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: unit, body: { status: 'submitted', progress: 100 } });
    await t.request('POST', `/api/occurrences/${target.id}/review`, { cookie: coordinator, body: { decision: 'accept' } });

    const own = (await t.request('GET', `/api/plans/${target.planId}/progress`, { cookie: coordinator })).json();
    expect(own.plan.done).toBe(1);
    expect(own.plan.total).toBeGreaterThan(10);
    expect(own.tasks.find((x: { taskId: string }) => x.taskId === target.taskId).done).toBe(1);
    expect(own.areas.reduce((n: number, a: { total: number }) => n + a.total, 0)).toBe(own.plan.total);

    const parentId = (await t.request('GET', `/api/plans/${target.planId}`, { cookie: coordinator })).json().parentPlanId;
    const department = (await t.request('GET', `/api/plans/${parentId}/progress`, { cookie: await t.login('syt-lc.director') })).json();
    const child = department.children.find((c: { organization: { code: string } }) => c.organization.code === 'TTYT-LCCD');
    expect(child.progress.done).toBe(1);
    expect(department.total.total).toBe(department.plan.total + department.children.reduce((n: number, c: { progress: { total: number } }) => n + c.progress.total, 0));
    expect((await t.request('GET', `/api/plans/${target.planId}/progress`, { cookie: await t.login('syt-ht.director') })).statusCode).toBe(404);
    await t.close();
  });
});

describe.each(DIALECTS)('occurrences by due date on %s', (dialect) => {
  it('lists only the work due inside a month, as a calendar asks, and refuses a malformed day', async () => {
    const t = await createTestApp(dialect);
    await issueDraftPlans(t, 'TTYT-LCCD');
    const unit = await t.login('ttyt-lccd.tchc-tckt');
    const all: Occurrence[] = (await t.request('GET', '/api/occurrences?mine=1&limit=500', { cookie: unit })).json().items;
    const month = all.find((o) => o.due)!.due!.slice(0, 7);
    const res = await t.request('GET', `/api/occurrences?mine=1&limit=500&dueFrom=${month}-01&dueTo=${month}-31`, { cookie: unit });
    const inMonth: Occurrence[] = res.json().items;
    expect(inMonth.map((o) => o.id).sort()).toEqual(all.filter((o) => o.due?.startsWith(month)).map((o) => o.id).sort());
    expect(inMonth.length).toBeGreaterThan(0);
    expect((await t.request('GET', '/api/occurrences?dueFrom=31/12/2026', { cookie: unit })).statusCode).toBe(400);
    await t.close();
  });
});
