import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { issueDraftPlans } from '../support/issue-demo-plans';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/** A multipart/form-data body with one file field, as a browser sends it. */
function multipart(fileName: string, content: Buffer) {
  const boundary = '----cchc-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const countFiles = (dir: string): number => {
  try {
    return readdirSync(dir).reduce((n, entry) => n + (statSync(join(dir, entry)).isDirectory() ? countFiles(join(dir, entry)) : 1), 0);
  } catch {
    return 0;
  }
};

describe.each(DIALECTS)('evidence on %s', (dialect) => {
  let t: TestApp;
  let unit: string;
  let occurrenceId: string;
  let filesDir: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await issueDraftPlans(t, 'TTYT-LCCD');
    unit = await t.login('ttyt-lccd.tchc-tckt');
    occurrenceId = (await t.request('GET', '/api/occurrences?mine=1&limit=1', { cookie: unit })).json().items[0].id;
    filesDir = join(t.app.deps.config.dataDir, 'files');
  });
  afterAll(() => t.close());

  const upload = (fileName: string, content: Buffer, cookie = unit) => {
    const body = multipart(fileName, content);
    return t.app.inject({ method: 'POST', url: `/api/occurrences/${occurrenceId}/evidence`, headers: { ...body.headers, cookie }, payload: body.payload });
  };

  it('stores a PDF outside the web root and serves it only to readers, as an attachment', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% Báo cáo kết quả tuyên truyền quý I\n%%EOF\n');
    const res = await upload('Báo cáo quý I.pdf', pdf);
    expect(res.statusCode).toBe(201);
    const evidence = res.json();
    expect(evidence).toMatchObject({ kind: 'file', name: 'Báo cáo quý I.pdf', mediaType: 'application/pdf', size: pdf.length });
    const download = await t.request('GET', evidence.url, { cookie: await t.login('ttyt-lccd.coordinator') });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain("attachment; filename=\"Bao cao quy I.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o");
    expect((await t.request('GET', evidence.url, { cookie: await t.login('bvsn.admin') })).statusCode).toBe(404);
    expect((await t.request('GET', evidence.url)).statusCode).toBe(401);
    const list = (await t.request('GET', `/api/occurrences/${occurrenceId}/evidence`, { cookie: unit })).json().items;
    expect(list.map((e: { name: string }) => e.name)).toEqual(['Báo cáo quý I.pdf']);
    // Read by its id as the period's list shows it; to another body, as an id that does not exist.
    const one = await t.request('GET', `/api/evidence/${evidence.id}`, { cookie: unit });
    expect([one.statusCode, one.json()]).toEqual([200, list[0]]);
    expect((await t.request('GET', `/api/evidence/${evidence.id}`, { cookie: await t.login('bvsn.admin') })).json().error).toMatchObject({ code: 'EVIDENCE_NOT_FOUND', message: 'Không tìm thấy tệp.' });
    expect((await t.request('GET', `/api/evidence/${evidence.id}`)).statusCode).toBe(401);
  });

  it('refuses other types, renamed files, empty and oversize files, leaving no file behind', async () => {
    const before = countFiles(filesDir);
    expect((await upload('trang.html', Buffer.from('<script>alert(1)</script>'))).json().error.code).toBe('TYPE_NOT_ALLOWED');
    expect((await upload('bao-cao.pdf', Buffer.from('MZ\x90\x00 not a pdf'))).json().error.code).toBe('CONTENT_MISMATCH');
    expect((await upload('rong.pdf', Buffer.alloc(0))).statusCode).toBe(400);
    const huge = await upload('lon.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024)]));
    expect(huge.statusCode).toBe(413);
    expect(countFiles(filesDir)).toBe(before);
    expect((await upload('x.pdf', Buffer.from('%PDF-1.4'), await t.login('ttyt-lccd.viewer'))).statusCode).toBe(403);
  });

  it('keeps links as evidence', async () => {
    const res = await t.request('POST', `/api/occurrences/${occurrenceId}/evidence`, { cookie: unit, body: { url: 'https://ttytlaocai.vn/tin-tuc/cchc-quy-1', name: 'Tin bài trên trang TTĐT' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'link', url: 'https://ttytlaocai.vn/tin-tuc/cchc-quy-1' });
    expect((await t.request('POST', `/api/occurrences/${occurrenceId}/evidence`, { cookie: unit, body: { url: 'javascript:alert(1)', name: 'x' } })).statusCode).toBe(400);
  });

  it('warns when the same file is attached to the occurrence again, naming the earlier one', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% Kế hoạch tuyên truyền CCHC năm 2026\n%%EOF\n');
    const first = await upload('Kế hoạch tuyên truyền.pdf', pdf);
    expect(first.json().duplicateOf).toBeNull();
    const again = await upload('Kế hoạch tuyên truyền (bản chụp).pdf', pdf);
    expect(again.statusCode).toBe(201);
    expect(again.json().duplicateOf).toEqual({ id: first.json().id, name: 'Kế hoạch tuyên truyền.pdf', createdAt: first.json().createdAt, createdBy: expect.any(String) });
    expect((await upload('Kế hoạch khác.pdf', Buffer.from('%PDF-1.4\n% khác\n'))).json().duplicateOf).toBeNull();
  });

  it('removes evidence (audited, file gone from disk) until the work is accepted; other departments may not', async () => {
    // A period of this department's work on a task no other department coordinates (in the demo every
    // department helps with every task, so the task is narrowed here).
    const owner = unit;
    const other = await t.login('ttyt-lccd.kb');
    const target: { id: string; taskId: string } = (await t.request('GET', '/api/occurrences?mine=1&status=not_started&limit=1', { cookie: owner })).json().items[0];
    await t.store.db.updateTable('tasks').set({ coordinators_json: '[]' }).where('id', '=', target.taskId).execute();
    const attach = async () => {
      const body = multipart('Biên bản.pdf', Buffer.from(`%PDF-1.4\n% ${Math.random()}\n`));
      return (await t.app.inject({ method: 'POST', url: `/api/occurrences/${target!.id}/evidence`, headers: { ...body.headers, cookie: owner }, payload: body.payload })).json();
    };

    const evidence = await attach();
    const before = countFiles(filesDir);
    expect((await t.request('DELETE', `/api/evidence/${evidence.id}`, { cookie: other })).statusCode).toBe(403);
    expect((await t.request('DELETE', `/api/evidence/${evidence.id}`, { cookie: await t.login('bvsn.admin') })).statusCode).toBe(404);
    expect((await t.request('DELETE', `/api/evidence/${evidence.id}`)).statusCode).toBe(401);
    const removed = await t.request('DELETE', `/api/evidence/${evidence.id}`, { cookie: owner });
    expect(removed.statusCode).toBe(200);
    expect(countFiles(filesDir)).toBe(before - 1);
    expect((await t.request('GET', evidence.url, { cookie: owner })).statusCode).toBe(404);
    const audit = await t.store.db.selectFrom('audit_log').select(['action', 'summary']).where('entity_id', '=', target.id).where('action', '=', 'evidence.remove').execute();
    expect(audit).toEqual([{ action: 'evidence.remove', summary: expect.stringContaining('"Biên bản.pdf"') }]);
    expect((await t.request('DELETE', `/api/evidence/${evidence.id}`, { cookie: owner })).statusCode).toBe(404);

    const kept = await attach();
    await t.request('PATCH', `/api/occurrences/${target.id}`, { cookie: owner, body: { status: 'submitted' } });
    expect((await t.request('POST', `/api/occurrences/${target.id}/review`, { cookie: await t.login('ttyt-lccd.coordinator'), body: { decision: 'accept' } })).statusCode).toBe(200);
    const refused = await t.request('DELETE', `/api/evidence/${kept.id}`, { cookie: owner });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('OCCURRENCE_CLOSED');
    expect((await t.request('GET', kept.url, { cookie: owner })).statusCode).toBe(200);
  });

  it("answers another body's file as one that does not exist", async () => {
    const evidence = (await upload('Báo cáo quý II.pdf', Buffer.from(`%PDF-1.4\n% ${Math.random()}\n`))).json();
    const outsider = await t.login('bvsn.admin');
    const foreign = await t.request('GET', evidence.url, { cookie: outsider });
    const unknown = await t.request('GET', '/api/evidence/01a00000-0000-7000-8000-0000000000ff/file', { cookie: outsider });
    expect(foreign.statusCode).toBe(404);
    // Not "its period is not found", which would tell the file is there.
    expect(foreign.json()).toEqual(unknown.json());
    expect(foreign.json().error.code).toBe('EVIDENCE_NOT_FOUND');
  });
});
