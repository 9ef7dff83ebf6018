import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDraftPlans } from '../support/issue-demo-plans';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type TaskPage = {
  task: { id: string; title: string; deadlineText: string; schedule: { understood: boolean; description: string | null }; lead: { name: string | null } | null; coordinators: { name: string | null }[] };
  plan: { id: string; numberAndSymbol: string; title: string; state: string };
  occurrences: { id: string; status: string; organization: { name: string }; can: { update: boolean; review: boolean }; evidence: { name: string; url: string }[]; history: { kind: string; actor: string | null; comment: string | null }[] }[];
  mediaItems: unknown[];
  can: { editInPlan: boolean };
};

describe.each(DIALECTS)('a task page on %s', (dialect) => {
  let t: TestApp;
  let unit: string;
  let coordinator: string;
  let work: { id: string; taskId: string; planId: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await issueDraftPlans(t, 'TTYT-LCCD');
    unit = await t.login('ttyt-lccd.tchc-tckt');
    coordinator = await t.login('ttyt-lccd.coordinator');
    work = (await t.request('GET', '/api/occurrences?mine=1&status=not_started&limit=1', { cookie: unit })).json().items[0];
  });
  afterAll(() => t.close());

  it('shows the task, its plan, who leads and helps, and each period with its evidence and history', async () => {
    await t.request('PATCH', `/api/occurrences/${work.id}`, { cookie: unit, body: { status: 'in_progress', progress: 40, note: 'Đã cử 02 cán bộ' } });
    await t.request('POST', `/api/occurrences/${work.id}/evidence`, { cookie: unit, body: { url: 'https://ttytlaocai.vn/tin-tuc/tap-huan', name: 'Tin tập huấn' } });
    await t.request('PATCH', `/api/occurrences/${work.id}`, { cookie: unit, body: { status: 'submitted' } });
    await t.request('POST', `/api/occurrences/${work.id}/review`, { cookie: coordinator, body: { decision: 'return', comment: 'Bổ sung danh sách' } });

    const res = await t.request('GET', `/api/tasks/${work.taskId}`, { cookie: unit });
    expect(res.statusCode).toBe(200);
    const page: TaskPage = res.json();
    expect(page.task).toMatchObject({ id: work.taskId, title: expect.any(String), deadlineText: expect.any(String) });
    expect(page.task.schedule.understood ? page.task.schedule.description : 'not understood').toBeTruthy();
    expect(page.plan).toMatchObject({ id: work.planId, numberAndSymbol: expect.stringMatching(/KH-/), state: 'issued' });
    for (const c of page.task.coordinators) expect(c.name).toBeTruthy();
    expect(page.task.lead?.name).toBeTruthy();
    const period = page.occurrences.find((o) => o.id === work.id)!;
    expect(period).toMatchObject({ status: 'in_progress', progress: 99, note: 'Đã cử 02 cán bộ', can: { update: true, review: false } });
    expect(period.evidence).toEqual([expect.objectContaining({ kind: 'link', name: 'Tin tập huấn', url: 'https://ttytlaocai.vn/tin-tuc/tap-huan' })]);
    expect(period.history.map((h) => h.kind)).toEqual(['update', 'update', 'return']);
    expect(period.history[2]).toMatchObject({ comment: 'Bổ sung danh sách', actor: expect.any(String) });
    expect(page.can.editInPlan).toBe(false);
    expect((await t.request('GET', `/api/tasks/${work.taskId}`, { cookie: coordinator })).json().can.editInPlan).toBe(true);
  });

  it('answers 401 to a visitor and 404 to another body, as for its plan', async () => {
    expect((await t.request('GET', `/api/tasks/${work.taskId}`)).statusCode).toBe(401);
    for (const other of ['bvsn.coordinator', 'syt-ht.director']) {
      const res = await t.request('GET', `/api/tasks/${work.taskId}`, { cookie: await t.login(other) });
      expect(res.statusCode, other).toBe(404);
      expect(res.json().error.code).toBe('TASK_NOT_FOUND');
    }
    expect((await t.request('GET', '/api/tasks/01900000-0000-7000-8000-000000000000', { cookie: unit })).statusCode).toBe(404);
  });

  it("lets the department of health above read the centre's task", async () => {
    const res = await t.request('GET', `/api/tasks/${work.taskId}`, { cookie: await t.login('syt-lc.director') });
    expect(res.statusCode).toBe(200);
    expect(res.json().occurrences.length).toBeGreaterThan(0);
  });
});
