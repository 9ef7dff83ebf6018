import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { generateDataset, type GenerateSummary } from '../../src/server/generate/generate-dataset';
import { checkPostgresReferences } from '../../src/server/generate/bulk-load';
import { createTestApp, DEMO_PASSWORD, DIALECTS, type TestApp } from '../support/test-app';

/** A province in miniature: the same code as `cchc generate --scale province`, fewer of everything. */
const SMALL = { provinces: 2, bodies: 3, departments: 4, reportersPerDepartment: 2, mediaItems: 4, procedures: 3, feedback: 6, surveyAnswers: 12 };
const TODAY = '2026-11-20';

describe.each(DIALECTS)('cchc generate (%s)', (dialect) => {
  let t: TestApp;
  let summary: GenerateSummary;
  let dataVersionBefore: number | undefined;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    if (dialect === 'postgres') dataVersionBefore = Number((await t.store.db.selectFrom('data_version').select('n').executeTakeFirstOrThrow()).n);
    summary = await generateDataset(t.store.db, { scale: 'province', seed: 7, password: DEMO_PASSWORD, today: TODAY, shape: SMALL });
  }, 120_000);
  afterAll(() => t.close());

  it('writes the shape asked for, beside the demo, with every reference whole', async () => {
    const db = t.store.db;
    expect(summary.provinces).toBe(2);
    const dohs = await db.selectFrom('organizations').select(['id', 'code', 'name']).where('code', 'like', 'SYT-G%').orderBy('code').execute();
    expect(dohs.map((d) => d.code)).toEqual(['SYT-G01', 'SYT-G02']);
    const bodies = await db.selectFrom('organizations').select('id').where('parent_id', '=', dohs[0]!.id).where('kind', '!=', 'office').execute();
    expect(bodies).toHaveLength(3);
    // Three plans a year for three years, each with 40 tasks, for each body and the department of health.
    const plans = await db.selectFrom('plans as p').innerJoin('organizations as o', 'o.id', 'p.organization_id').select(['p.id', 'p.year', 'p.state', 'p.parent_plan_id']).where('o.path', 'like', `/${dohs[0]!.id}/%`).execute();
    expect(plans).toHaveLength(4 * 3 * 3);
    expect(new Set(plans.map((p) => p.year))).toEqual(new Set([2024, 2025, 2026]));
    expect(plans.filter((p) => p.year < 2026).every((p) => p.state === 'closed')).toBe(true);
    expect(plans.filter((p) => p.year === 2026).every((p) => p.state === 'issued')).toBe(true);
    const tasks = await db.selectFrom('tasks').select((eb) => eb.fn.countAll<number>().as('n')).where('plan_id', 'in', plans.map((p) => p.id)).executeTakeFirstOrThrow();
    expect(Number(tasks.n)).toBe(36 * 40);
    // Per province: the department of health's six offices with their reporters and five body roles; each body likewise.
    expect(summary.rows.users).toBe(2 * (6 * 2 + 5 + 3 * (4 * 2 + 5)));
    expect(summary.rows.survey_responses).toBe(2 * 3 * 3 * 12);
    expect(summary.rows.feedback_items).toBe(2 * 3 * 3 * 6);
    if (dialect === 'sqlite') expect((await sql`PRAGMA foreign_key_check`.execute(db)).rows).toEqual([]);
  });

  it('has the mix of a lived year: most past work done on time, some late, some still open; none ahead of today', async () => {
    const rows = await t.store.db
      .selectFrom('occurrences as oc')
      .innerJoin('plans as p', 'p.id', 'oc.plan_id')
      .innerJoin('organizations as o', 'o.id', 'p.organization_id')
      .select(['oc.status', 'oc.due', 'oc.completed_on', 'oc.submitted_on'])
      .where('o.code', 'like', 'G0%')
      .execute();
    const past = rows.filter((r) => r.due && r.due < TODAY);
    const done = past.filter((r) => r.status === 'done');
    const onTime = done.filter((r) => (r.submitted_on ?? r.completed_on)! <= r.due!);
    expect(past.length).toBeGreaterThan(500);
    expect(done.length / past.length).toBeGreaterThan(0.6);
    expect(onTime.length / done.length).toBeGreaterThan(0.7);
    expect(past.some((r) => r.status !== 'done' && r.status !== 'not_applicable')).toBe(true);
    expect(rows.every((r) => !r.completed_on || r.completed_on <= TODAY)).toBe(true);
    expect(rows.some((r) => r.due && r.due > TODAY && r.status === 'in_progress')).toBe(true);
  });

  it('is the same dataset for the same seed', async () => {
    const other = await createTestApp(dialect, { demo: false });
    try {
      await generateDataset(other.store.db, { scale: 'province', seed: 7, password: DEMO_PASSWORD, today: TODAY, shape: { ...SMALL, provinces: 1 } });
      const shapeOf = (db: typeof t.store.db) =>
        db
          .selectFrom('occurrences as oc')
          .innerJoin('tasks as tk', 'tk.id', 'oc.task_id')
          .innerJoin('plans as p', 'p.id', 'oc.plan_id')
          .innerJoin('organizations as o', 'o.id', 'p.organization_id')
          .select(['o.code', 'p.year', 'p.kind', 'tk.position', 'tk.title', 'tk.deadline_text', 'oc.due', 'oc.status', 'oc.progress'])
          .where('o.code', 'like', 'G01-%')
          .execute()
          // Ids are random (UUID v7); everything a person reads is the seed's. Sorted whole, so ties cannot differ.
          .then((rows) => rows.map((r) => JSON.stringify(r)).sort());
      expect(await shapeOf(other.store.db)).toEqual(await shapeOf(t.store.db));
      await expect(generateDataset(other.store.db, { scale: 'province', seed: 7, password: DEMO_PASSWORD, today: TODAY, shape: { ...SMALL, provinces: 1 } })).rejects.toThrow(/đã có dữ liệu sinh sẵn \(SYT-G01\)/);
    } finally {
      await other.close();
    }
  }, 120_000);

  it('is served by the app as any body: plans, work, the province matrix, a compiled report, public pages', async () => {
    const coordinator = await t.login('g01.bv01.coordinator');
    const plans = await t.request('GET', '/api/plans?year=2026', { cookie: coordinator });
    expect(plans.statusCode).toBe(200);
    expect(plans.json().items.filter((p: { organization: { code: string } }) => p.organization.code === 'G01-BV01').map((p: { taskCount: number }) => p.taskCount)).toEqual([40, 40, 40]);
    const plan = await t.request('GET', `/api/plans/${plans.json().items[0].id}`, { cookie: coordinator });
    expect(plan.json().tasks).toHaveLength(40);
    const reporter = await t.login('g01.bv01.k01.1');
    const mine = await t.request('GET', '/api/occurrences?mine=1&limit=50', { cookie: reporter });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.length).toBeGreaterThan(0);
    const director = await t.login('g01.syt.director');
    const matrix = await t.request('GET', '/api/progress/matrix?year=2026&scope=bodies', { cookie: director });
    expect(matrix.statusCode).toBe(200);
    expect(matrix.json().rows.length).toBe(3);
    const report = await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: '9M', year: 2026 } });
    expect(report.statusCode).toBe(201);
    expect(report.json().sections.work.totals.total).toBeGreaterThan(0);
    // Another province's department of health sees nothing of this one.
    const otherDirector = await t.login('g02.syt.director');
    expect((await t.request('GET', `/api/plans/${plans.json().items[0].id}`, { cookie: otherDirector })).statusCode).toBe(404);
    expect((await t.request('GET', '/p/g01-bv01/tin-tuc')).statusCode).toBe(200);
    expect((await t.request('GET', '/p/g01-bv01/thu-tuc')).statusCode).toBe(200);
  });

  it("moves the versions the app's triggers keep, as if every row had been written by the app", async () => {
    // On PostgreSQL a superuser loads without triggers, then moves the versions once (bulk-load.ts).
    const db = t.store.db;
    const bodies = await db.selectFrom('organizations').select('id').where('code', 'like', 'G0%').where('kind', '!=', 'office').where('parent_id', 'is not', null).execute();
    const versions = await db.selectFrom('work_versions').select('body_id').where('body_id', 'in', bodies.map((b) => b.id)).execute();
    expect(bodies.length).toBeGreaterThan(0);
    expect(versions.map((v) => v.body_id).sort()).toEqual(bodies.map((b) => b.id).sort());
    if (dialect === 'postgres') expect(Number((await db.selectFrom('data_version').select('n').executeTakeFirstOrThrow()).n)).toBeGreaterThan(dataVersionBefore!);
  });

  it.runIf(dialect === 'postgres')('finds a reference the load did not check row by row', async () => {
    const db = t.store.db;
    await expect(checkPostgresReferences(db)).resolves.toBeUndefined();
    const answer = await db.selectFrom('survey_scale_answers').selectAll().limit(1).executeTakeFirstOrThrow();
    await db.transaction().execute(async (tx) => {
      await sql`set local session_replication_role = replica`.execute(tx);
      await tx.insertInto('survey_scale_answers').values({ ...answer, response_id: 'no-such-sheet' }).execute();
    });
    try {
      await expect(checkPostgresReferences(db)).rejects.toThrow('Dữ liệu sinh ra có 1 tham chiếu hỏng (bảng survey_scale_answers).');
    } finally {
      await db.deleteFrom('survey_scale_answers').where('response_id', '=', 'no-such-sheet').execute();
    }
  });
});
