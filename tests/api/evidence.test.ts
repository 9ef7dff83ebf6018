import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
});
