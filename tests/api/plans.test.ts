import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Task = { id: string; title: string; lead: unknown; deadlineText: string; schedule: { understood: boolean }; occurrences: { organizationId: string; due?: string; status: string; detached: boolean }[] };

describe.each(DIALECTS)('plans on %s', (dialect) => {
  let t: TestApp;
  let sytCoordinator: string;
  let sytDirector: string;
  let bvCoordinator: string;
  let bvDirector: string;
  let sytPlanId: string;
  let bvPlanId: string;
  let groups: { allBodies: string };

  beforeAll(async () => {
    // The demo's organisations and people, without its plans: this file builds its own from scratch.
    t = await createTestApp(dialect, { demoPlans: false });
    sytCoordinator = await t.login('syt-lc.coordinator');
    sytDirector = await t.login('syt-lc.director');
    bvCoordinator = await t.login('bvsn.coordinator');
    bvDirector = await t.login('bvsn.director');
    const syt = await orgId(t.store, 'SYT-LC');
    const list = (await t.request('GET', `/api/groups?ownerId=${syt}`, { cookie: sytCoordinator })).json().items;
    groups = { allBodies: list.find((g: { kind: string }) => g.kind === 'all_bodies').id };
  });
  afterAll(() => t.close());

  const taskRow = (title: string, deadlineText: string, lead: unknown, extra: object = {}) => ({
    number: '1',
    title,
    reformArea: 'communication',
    lead,
    coordinators: [],
    deadlineText,
    outputText: 'Báo cáo',
    outputKind: 'report',
    note: null,
    ...extra,
  });

  it('lets a department of health draft, submit and issue a plan, numbered from its register', async () => {
    const vp = await orgId(t.store, 'VP', 'SYT-LC');
    const res = await t.request('POST', '/api/plans', {
      cookie: sytCoordinator,
      body: {
        kind: 'communication',
        year: 2026,
        title: 'Thông tin, tuyên truyền về công tác cải cách hành chính năm 2026',
        content: { bases: ['Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ'], introduction: null, sections: [], targets: [], closing: null, recipients: ['Các đơn vị trong ngành'] },
        tasks: [
          taskRow('Tuyên truyền về CCHC trên trang thông tin điện tử', 'Hàng quý', { type: 'group', id: groups.allBodies }),
          taskRow('Tổng kết công tác tuyên truyền', 'Quý IV năm 2026', { type: 'group', id: groups.allBodies }),
          taskRow('Tổng hợp báo cáo của Sở', 'Hàng quý', { type: 'organization', id: vp }),
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    sytPlanId = plan.id;
    expect(plan).toMatchObject({ state: 'draft', number: null, symbol: 'KH-SYT', numberAndSymbol: '/KH-SYT', taskCount: 3, can: { update: true, submit: true, approve: false } });
    // A group lead expands to every body under the department, each quarter.
    const first: Task = plan.tasks[0];
    expect(new Set(first.occurrences.map((o) => o.organizationId))).toEqual(new Set([await orgId(t.store, 'BVSN'), await orgId(t.store, 'TTYT-LCCD')]));
    expect(first.occurrences).toHaveLength(8);

    expect((await t.request('POST', `/api/plans/${sytPlanId}/transition`, { cookie: sytCoordinator, body: { to: 'issued' } })).statusCode).toBe(400);
    expect((await t.request('POST', `/api/plans/${sytPlanId}/transition`, { cookie: sytCoordinator, body: { to: 'submitted' } })).json().state).toBe('submitted');
    expect((await t.request('POST', `/api/plans/${sytPlanId}/transition`, { cookie: sytCoordinator, body: { to: 'issued' } })).statusCode).toBe(403);
    const issued = await t.request('POST', `/api/plans/${sytPlanId}/transition`, { cookie: sytDirector, body: { to: 'issued', issuedOn: '2026-01-23' } });
    expect(issued.json()).toMatchObject({ state: 'issued', number: 1, numberAndSymbol: '01/KH-SYT', issuedOn: '2026-01-23', version: 1 });
  });

  it('shows a hospital the issued plans above it, never another province or a draft', async () => {
    await t.request('POST', '/api/plans', { cookie: sytCoordinator, body: { kind: 'cchc', year: 2026, title: 'Dự thảo chưa ban hành của Sở' } });
    await t.request('POST', '/api/plans', { cookie: await t.login('syt-ht.coordinator'), body: { kind: 'cchc', year: 2026, title: 'Kế hoạch của Sở Y tế Hà Tĩnh' } });
    const seen = (await t.request('GET', '/api/plans?year=2026', { cookie: bvCoordinator })).json().items;
    expect(seen.map((p: { title: string }) => p.title)).toEqual(['Thông tin, tuyên truyền về công tác cải cách hành chính năm 2026']);
    expect(seen[0]).toMatchObject({ organization: { code: 'SYT-LC' }, taskCount: 3, can: { update: false, createChild: true } });
  });

  it('starts a hospital plan from the parent: its bases and the tasks assigned to the hospital', async () => {
    const res = await t.request('POST', '/api/plans', { cookie: bvCoordinator, body: { fromParentId: sytPlanId } });
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    bvPlanId = plan.id;
    expect(plan).toMatchObject({ parentPlanId: sytPlanId, year: 2026, kind: 'communication', symbol: 'KH-BVSN', organization: { code: 'BVSN' } });
    expect(plan.content.bases).toEqual(['Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ']);
    expect(plan.content.introduction).toBe(
      'Thực hiện Kế hoạch số 01/KH-SYT ngày 23/01/2026 của Sở Y tế tỉnh Lào Cai về thông tin, tuyên truyền về công tác cải cách hành chính năm 2026, Bệnh viện Sản - Nhi tỉnh Lào Cai xây dựng Kế hoạch như sau:',
    );
    expect(plan.tasks.map((x: Task) => x.title)).toEqual(['Tuyên truyền về CCHC trên trang thông tin điện tử', 'Tổng kết công tác tuyên truyền']);
    expect(plan.tasks.every((x: Task & { parentTaskId: string }) => x.parentTaskId)).toBe(true);
  });

  it("refuses as a superior plan a body's draft or a plan of a body below", async () => {
    // The department of health can read the hospital's new draft, but it binds nobody above the hospital.
    const res = await t.request('POST', '/api/plans', { cookie: sytCoordinator, body: { fromParentId: bvPlanId } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'PARENT_NOT_SUPERIOR', message: 'Kế hoạch cấp trên phải là kế hoạch đã ban hành của đơn vị cấp trên.' });
  });

  it('edits two tasks, re-expands their occurrences and refuses a lead outside the body', async () => {
    const tchc = await orgId(t.store, 'TCHC', 'BVSN');
    const truyenThong = await orgId(t.store, 'TRUYENTHONG', 'BVSN');
    const plan = (await t.request('GET', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator })).json();
    const tasks = plan.tasks.map((x: Task & Record<string, unknown>) => ({ ...x, schedule: undefined, occurrences: undefined, position: undefined, parentTaskId: undefined }));
    tasks[0] = { ...tasks[0], lead: { type: 'organization', id: truyenThong }, deadlineText: 'Quý II–III/2026' };
    tasks[1] = { ...tasks[1], lead: { type: 'organization', id: tchc }, coordinators: [{ type: 'organization', id: truyenThong }] };
    const res = await t.request('PATCH', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator, body: { tasks } });
    expect(res.statusCode).toBe(200);
    const [a, b] = res.json().tasks as [Task, Task];
    expect(a.occurrences).toEqual([expect.objectContaining({ organizationId: truyenThong, start: '2026-04-01', end: '2026-09-30', due: '2026-09-30', status: 'not_started' })]);
    expect(b.occurrences.map((o) => [o.organizationId, o.due])).toEqual([[tchc, '2026-12-31']]);

    const foreign = await orgId(t.store, 'KB', 'TTYT-LCCD');
    const bad = await t.request('PATCH', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator, body: { tasks: [{ ...tasks[0], lead: { type: 'organization', id: foreign } }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('tasks.0.lead');
    expect((await t.request('GET', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator })).json().tasks).toHaveLength(2);
  });

  it('keeps recorded work when a deadline changes', async () => {
    const plan = (await t.request('GET', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator })).json();
    const occurrence = plan.tasks[0].occurrences[0];
    await t.store.db.updateTable('occurrences').set({ status: 'in_progress', progress: 40, note: 'Đã đăng 2 tin' }).where('id', '=', occurrence.id).execute();
    const tasks = plan.tasks.map((x: Task & Record<string, unknown>) => ({ ...x, schedule: undefined, occurrences: undefined, position: undefined, parentTaskId: undefined }));
    tasks[0] = { ...tasks[0], deadlineText: 'Hàng quý' };
    const after = (await t.request('PATCH', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator, body: { tasks } })).json();
    const occurrences: Task['occurrences'] = after.tasks[0].occurrences;
    expect(occurrences).toHaveLength(5);
    expect(occurrences.filter((o) => o.detached)).toEqual([expect.objectContaining({ status: 'in_progress', progress: 40 })]);
    const removeWorked = await t.request('PATCH', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator, body: { tasks: tasks.slice(1) } });
    expect(removeWorked.statusCode).toBe(409);
    expect(removeWorked.json().error.code).toBe('TASK_HAS_WORK');
  });

  it('is issued by the director only, and the parent lists it with its state', async () => {
    expect((await t.request('POST', `/api/plans/${bvPlanId}/transition`, { cookie: bvCoordinator, body: { to: 'submitted' } })).statusCode).toBe(200);
    expect((await t.request('PATCH', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator, body: { title: 'Sửa khi đang chờ duyệt' } })).statusCode).toBe(409);
    expect((await t.request('POST', `/api/plans/${bvPlanId}/transition`, { cookie: await t.login('bvsn.tchc'), body: { to: 'issued' } })).statusCode).toBe(403);
    expect((await t.request('POST', `/api/plans/${bvPlanId}/transition`, { cookie: sytDirector, body: { to: 'issued' } })).statusCode).toBe(403);
    const issued = (await t.request('POST', `/api/plans/${bvPlanId}/transition`, { cookie: bvDirector, body: { to: 'issued', issuedOn: '2026-02-02' } })).json();
    expect(issued).toMatchObject({ state: 'issued', numberAndSymbol: '01/KH-BVSN' });
    const children = (await t.request('GET', `/api/plans/${sytPlanId}/children`, { cookie: sytDirector })).json().items;
    expect(children).toEqual([expect.objectContaining({ id: bvPlanId, state: 'issued', organization: expect.objectContaining({ code: 'BVSN' }) })]);
  });

  it('makes an edit after issue a new version and keeps every version readable', async () => {
    const before = (await t.request('GET', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator })).json();
    const edited = (await t.request('PATCH', `/api/plans/${bvPlanId}`, { cookie: bvCoordinator, body: { title: 'Tuyên truyền CCHC năm 2026 (sửa đổi)' } })).json();
    expect(edited).toMatchObject({ state: 'issued', version: 2, numberAndSymbol: '01/KH-BVSN' });
    const versions = (await t.request('GET', `/api/plans/${bvPlanId}/versions`, { cookie: bvCoordinator })).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const v1 = (await t.request('GET', `/api/plans/${bvPlanId}/versions/1`, { cookie: bvCoordinator })).json();
    expect(v1).toMatchObject({ version: 1, state: 'issued', title: before.title, numberAndSymbol: '01/KH-BVSN', organization: { code: 'BVSN' }, superiorName: 'SỞ Y TẾ TỈNH LÀO CAI' });
    expect(v1.tasks).toHaveLength(2);
    expect(v1.tasks[1].lead).toEqual({ type: 'organization', id: await orgId(t.store, 'TCHC', 'BVSN') });
    expect(Object.values(v1.names)).toContain('Phòng Tổ chức Hành chính');
  });

  it("copies last year's plan into next year with dates moved and progress reset", async () => {
    const res = await t.request('POST', '/api/plans', { cookie: bvCoordinator, body: { copyFromId: bvPlanId } });
    expect(res.statusCode).toBe(201);
    const copy = res.json();
    expect(copy).toMatchObject({ year: 2027, previousPlanId: bvPlanId, state: 'draft', number: null, title: 'Tuyên truyền CCHC năm 2027 (sửa đổi)' });
    expect(copy.tasks[0].deadlineText).toBe('Hàng quý');
    expect(copy.tasks[0].occurrences.map((o: { due: string }) => o.due)).toEqual(['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31']);
    expect(copy.tasks.flatMap((x: Task) => x.occurrences).every((o: { status: string }) => o.status === 'not_started')).toBe(true);
    const other = await t.request('POST', '/api/plans', { cookie: await t.login('ttyt-lccd.coordinator'), body: { copyFromId: bvPlanId } });
    expect(other.statusCode).toBe(404);
  });

  it("hides another province's plans and refuses viewers", async () => {
    expect((await t.request('GET', `/api/plans/${bvPlanId}`, { cookie: await t.login('syt-ht.director') })).statusCode).toBe(404);
    expect((await t.request('POST', '/api/plans', { cookie: await t.login('bvsn.viewer'), body: { kind: 'cchc', year: 2026, title: 'Không được' } })).statusCode).toBe(403);
  });
});
