import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJob } from '../../src/db/repositories/jobs';
import { JOB_HANDLERS } from '../../src/server/jobs/handlers';
import { occurrenceExportHandler } from '../../src/server/jobs/handlers/export-occurrences';
import { exportsDir, removeExpiredResults } from '../../src/server/jobs/job-result-files';
import { createJobRunner, type JobRunner } from '../../src/server/jobs/runner';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Job = { id: string; kind: string; state: string; progress: { done: number; total: number | null; note: string | null }; error: string | null; resultUrl: string | null; resultName: string | null };

describe.each(DIALECTS)('export jobs on %s', (dialect) => {
  let t: TestApp;
  let runner: JobRunner;
  let director: string;
  let other: string;
  let province: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    // The real runner, with small pages so a demo province's year takes several progress steps.
    runner = createJobRunner({ db: t.store.db, config: t.app.deps.config, log: t.app.log, schedule: false, handlers: { ...JOB_HANDLERS, 'export-occurrences': occurrenceExportHandler(10) } });
    director = await t.login('syt-lc.director');
    other = await t.login('bvsn.coordinator');
    province = await orgId(t.store, 'SYT-LC');
  });
  afterAll(() => t.close());

  const jobOf = async (id: string, cookie = director) => (await t.request('GET', `/api/jobs/${id}`, { cookie })).json() as Job;

  /** Runs the next job while watching its progress as the UI does, answering every distinct step seen. */
  async function runWatching(id: string): Promise<Job['progress'][]> {
    const seen: Job['progress'][] = [];
    let running = true;
    const run = runner.runOnce().finally(() => (running = false));
    while (running) {
      const job = await jobOf(id);
      const last = seen.at(-1);
      if (job.state === 'running' && (!last || last.done !== job.progress.done || last.note !== job.progress.note)) seen.push(job.progress);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await run)?.id).toBe(id);
    return seen;
  }

  it('exports a province year of occurrences with no row cap, moving its progress, for the requester only', async () => {
    const asked = await t.request('POST', '/api/exports', { cookie: director, body: { kind: 'occurrences', bodyId: province, year: 2026 } });
    expect(asked.statusCode).toBe(202);
    const job: Job = asked.json();
    expect(job).toMatchObject({ kind: 'occurrences', state: 'queued', progress: { done: 0, total: null }, resultUrl: null });

    expect((await t.request('GET', `/api/jobs/${job.id}`, { cookie: other })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/jobs/${job.id}/result`, { cookie: other })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/jobs/${job.id}/result`, { cookie: director })).statusCode).toBe(409);

    const expected = await t.store.db
      .selectFrom('occurrences as oc')
      .innerJoin('organizations as o', 'o.id', 'oc.organization_id')
      .innerJoin('plans as p', 'p.id', 'oc.plan_id')
      .select(['oc.id', 'oc.due'])
      // The work counted (domain/occurrences/counted-work.ts): plans in force only.
      .where('p.state', 'in', ['issued', 'closed'])
      .where('o.path', 'like', `${(await t.store.db.selectFrom('organizations').select('path').where('id', '=', province).executeTakeFirstOrThrow()).path}%`)
      .where('oc.detached_at', 'is', null)
      .where('oc.due', '>=', '2026-01-01')
      .where('oc.due', '<=', '2026-12-31')
      .execute();
    expect(expected.length).toBeGreaterThan(80);

    const steps = await runWatching(job.id);
    expect(steps.some((p) => p.total !== null && p.done > 0 && p.done < p.total)).toBe(true);
    const dones = steps.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));

    const done = await jobOf(job.id);
    expect(done).toMatchObject({ state: 'done', error: null, progress: { done: expected.length, total: expected.length }, resultUrl: `/api/jobs/${job.id}/result` });
    expect(done.resultName).toContain('Sở Y tế');

    const file = await t.request('GET', done.resultUrl!, { cookie: director });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell(3, 2).value).toBe('Nhiệm vụ');
    expect(sheet.rowCount).toBe(3 + expected.length);
    const dues = Array.from({ length: expected.length }, (_, i) => (sheet.getCell(4 + i, 6).value as Date).toISOString().slice(0, 10));
    expect([...dues].sort()).toEqual(expected.map((o) => o.due).sort());

    const mine = (await t.request('GET', '/api/jobs?mine=1', { cookie: director })).json().items as Job[];
    expect(mine.map((j) => j.id)).toContain(job.id);
    expect(((await t.request('GET', '/api/jobs?mine=1', { cookie: other })).json().items as Job[]).map((j) => j.id)).not.toContain(job.id);
  });

  it('answers 410 once the result has expired, and the sweep removes its file', async () => {
    const job: Job = (await t.request('POST', '/api/exports', { cookie: director, body: { kind: 'occurrences', bodyId: province, year: 2026, status: 'done' } })).json();
    await runner.runOnce();
    const row = (await findJob(t.store.db, job.id))!;
    const path = join(exportsDir(t.app.deps.config), row.result_key!);
    expect(existsSync(path)).toBe(true);
    expect((await t.request('GET', `/api/jobs/${job.id}/result`, { cookie: director })).statusCode).toBe(200);

    await t.store.db.updateTable('jobs').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', job.id).execute();
    const expired = await t.request('GET', `/api/jobs/${job.id}/result`, { cookie: director });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error).toMatchObject({ code: 'JOB_RESULT_EXPIRED', message: expect.stringContaining('hết hạn') });
    expect((await jobOf(job.id)).resultUrl).toBeNull();

    expect(await removeExpiredResults(t.store.db, t.app.deps.config, new Date())).toBeGreaterThanOrEqual(1);
    expect(existsSync(path)).toBe(false);
    expect((await t.request('GET', `/api/jobs/${job.id}/result`, { cookie: director })).statusCode).toBe(410);
  });

  it('zips the PDFs of the issued plans under a department of health, one progress step per document', { timeout: 120_000 }, async () => {
    const job: Job = (await t.request('POST', '/api/exports', { cookie: director, body: { kind: 'plan-pdfs', bodyId: province, year: 2026 } })).json();
    expect(job.kind).toBe('plan-pdfs');
    const steps = await runWatching(job.id);
    expect(steps.some((p) => p.total === 2 && p.done === 1)).toBe(true);
    const done = await jobOf(job.id);
    expect(done).toMatchObject({ state: 'done', progress: { done: 2, total: 2 } });
    const file = await t.request('GET', done.resultUrl!, { cookie: director });
    expect(file.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(file.rawPayload);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['Kế hoạch 06-KH-SYT.pdf', 'Kế hoạch 23-KH-SYT.pdf']);
    for (const name of names) {
      const pdf = await zip.file(name)!.async('nodebuffer');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5000);
    }
  });

  it('fails with a Vietnamese message when there is nothing to export, or the requester was locked out meanwhile', async () => {
    const empty: Job = (await t.request('POST', '/api/exports', { cookie: director, body: { kind: 'plan-pdfs', bodyId: province, year: 2031 } })).json();
    await runner.runOnce();
    const failed = await jobOf(empty.id);
    expect(failed).toMatchObject({ state: 'failed', resultUrl: null, error: 'Không có kế hoạch đã ban hành nào của năm 2031 trong phạm vi Sở Y tế tỉnh Lào Cai.' });
    expect((await findJob(t.store.db, empty.id))!.attempts).toBe(1);
    expect((await t.request('GET', `/api/jobs/${empty.id}/result`, { cookie: director })).statusCode).toBe(409);

    const hospital = await orgId(t.store, 'BVSN');
    const asked: Job = (await t.request('POST', '/api/exports', { cookie: other, body: { kind: 'occurrences', bodyId: hospital } })).json();
    await t.store.db.updateTable('users').set({ disabled_at: new Date().toISOString() }).where('username', '=', 'bvsn.coordinator').execute();
    await runner.runOnce();
    const row = (await findJob(t.store.db, asked.id))!;
    expect(row).toMatchObject({ state: 'failed', result_key: null, last_error: 'Tài khoản yêu cầu việc này đã bị khóa hoặc không còn tồn tại.' });
    await t.store.db.updateTable('users').set({ disabled_at: null }).where('username', '=', 'bvsn.coordinator').execute();
  });

  it('asks for exports only of what the caller may read, and refuses bad input', async () => {
    expect((await t.request('POST', '/api/exports', { body: { kind: 'occurrences' } })).statusCode).toBe(401);
    const outside = await t.request('POST', '/api/exports', { cookie: other, body: { kind: 'occurrences', bodyId: province, year: 2026 } });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('ORGANIZATION_NOT_FOUND');
    for (const body of [{ kind: 'everything' }, { kind: 'plan-pdfs' }, { kind: 'occurrences', year: 'năm nay' }]) {
      expect((await t.request('POST', '/api/exports', { cookie: director, body })).statusCode, JSON.stringify(body)).toBe(400);
    }
    const before = await t.store.db.selectFrom('jobs').select('id').where('kind', 'like', 'export-%').execute();
    expect((await t.request('POST', '/api/exports', { cookie: other, body: { kind: 'plan-pdfs', bodyId: province, year: 2026 } })).statusCode).toBe(404);
    expect(await t.store.db.selectFrom('jobs').select('id').where('kind', 'like', 'export-%').execute()).toHaveLength(before.length);
    const audit = await t.store.db.selectFrom('audit_log').select(['action', 'summary']).where('action', '=', 'export.request').execute();
    expect(audit.length).toBe(before.length);
    expect(audit[0]!.summary).toContain('Sở Y tế tỉnh Lào Cai');
  });

  it("refuses to export another body's plan as an unknown one, writing no job and no audit line", async () => {
    const plans = await t.store.db.selectFrom('plans').innerJoin('organizations', 'organizations.id', 'plans.organization_id').select(['plans.id', 'plans.state', 'organizations.code']).execute();
    const sibling = plans.find((p) => p.code === 'TTYT-LCCD')!.id;
    const own = plans.find((p) => p.code === 'BVSN')!.id;
    const unknown = '01a00000-0000-7000-8000-0000000000ff';
    const jobs = async () => (await t.store.db.selectFrom('jobs').select('id').execute()).length;
    const audit = async () => (await t.store.db.selectFrom('audit_log').select('id').where('action', '=', 'export.request').execute()).length;
    const [jobsBefore, auditBefore] = [await jobs(), await audit()];
    for (const [foreign, missing] of [
      [{ kind: 'occurrences', planId: sibling }, { kind: 'occurrences', planId: unknown }],
      [{ kind: 'plan-pdfs', year: 2026, planIds: [own, sibling] }, { kind: 'plan-pdfs', year: 2026, planIds: [own, unknown] }],
    ]) {
      const res = await t.request('POST', '/api/exports', { cookie: other, body: foreign });
      expect(res.statusCode, JSON.stringify(foreign)).toBe(404);
      expect(res.json()).toEqual((await t.request('POST', '/api/exports', { cookie: other, body: missing })).json());
      expect(res.json().error.code).toBe('PLAN_NOT_FOUND');
    }
    expect([await jobs(), await audit()]).toEqual([jobsBefore, auditBefore]);
    // The hospital's own plan, and the issued plan of its department of health, it may export.
    const parent = plans.find((p) => p.code === 'SYT-LC' && p.state === 'issued')!.id;
    expect((await t.request('POST', '/api/exports', { cookie: other, body: { kind: 'occurrences', planId: own } })).statusCode).toBe(202);
    expect((await t.request('POST', '/api/exports', { cookie: other, body: { kind: 'plan-pdfs', year: 2026, planIds: [parent] } })).statusCode).toBe(202);
  });
});
