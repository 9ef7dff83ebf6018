import Fastify from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonShape, MAX_JSON_DEPTH } from '../../src/server/http/json-body';
import { looseObjectPaths, registerStrictRequests, strictValidatorCompiler } from '../../src/server/plugins/strict-requests';
import { registerErrorHandling } from '../../src/server/plugins/errors';
import { planContentInputSchema } from '../../src/shared/schemas/plans';
import { databaseChecksum } from '../support/db-checksum';
import { issueDraftPlans } from '../support/issue-demo-plans';
import { multipartBody } from '../support/multipart';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * Issue 12, defect 4: fields the API does not know were dropped while the rest was saved (201 with the
 * text lost). Every route now refuses them by name; and defect 13's part: days no one could mean.
 */

type ErrorBody = { error: { code: string; message: string; details?: { field: string; message: string }[] } };

const countFiles = (dir: string): number => {
  try {
    return readdirSync(dir).reduce((n, entry) => n + (statSync(join(dir, entry)).isDirectory() ? countFiles(join(dir, entry)) : 1), 0);
  } catch {
    return 0;
  }
};

const PDF = Buffer.from('%PDF-1.4\n% Báo cáo kết quả quý I\n%%EOF\n');

/** A multipart body with parts in the order given: [name, text] for a field, [name, {file}] for a file. */
function multipartParts(parts: [string, string | { name: string; content: Buffer }][]) {
  const boundary = '----cchc-strict-boundary';
  const chunks = parts.map(([name, value]) =>
    typeof value === 'string'
      ? Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      : Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), value.content, Buffer.from('\r\n')]),
  );
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('strict request schemas: the guard', () => {
  it('finds every place a schema lets unknown keys through, at any depth', () => {
    expect(looseObjectPaths(z.object({ a: z.string() }))).toEqual(['']);
    expect(looseObjectPaths(z.strictObject({ a: z.string() }))).toEqual([]);
    expect(looseObjectPaths(z.strictObject({ a: z.array(z.object({ b: z.string() })).optional() }))).toEqual(['a[]']);
    expect(looseObjectPaths(z.strictObject({ tags: z.record(z.string(), z.string()) }))).toEqual(['tags']);
    expect(looseObjectPaths(z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a') }), z.object({ k: z.literal('b') })]))).toEqual(['']);
    expect(looseObjectPaths(z.strictObject({ n: z.string() }).partial().extend({ m: z.number() }).refine(() => true))).toEqual([]);
    // Recursive schemas (a plan's sections) are walked once.
    expect(looseObjectPaths(planContentInputSchema)).toEqual([]);
  });

  it('will not start a server whose route takes a body or a query that lets unknown fields through, and says which', async () => {
    for (const schema of [{ body: z.object({ title: z.string() }) }, { querystring: z.strictObject({ page: z.strictObject({ n: z.string() }).or(z.looseObject({})) }) }]) {
      const app = Fastify();
      app.setValidatorCompiler(strictValidatorCompiler);
      app.setSerializerCompiler(serializerCompiler);
      registerStrictRequests(app);
      app.post('/api/things', { schema }, async () => ({}));
      await expect(app.ready()).rejects.toThrow(/POST \/api\/things: the (body|querystring) schema lets unknown fields through at (\(top level\)|page)/);
      await app.close().catch(() => undefined);
    }
  });

  it('gives a route that declares no query or body none: unknown names are refused, {} and nothing pass', async () => {
    const app = Fastify();
    app.setValidatorCompiler(strictValidatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandling(app);
    registerStrictRequests(app);
    app.post('/api/things/:id/read', async () => ({ ok: true }));
    app.get('/p/:code/tin-tuc', async () => 'trang công khai');
    await app.ready();
    const post = (payload?: string, url = '/api/things/1/read') => app.inject({ method: 'POST', url, payload, headers: payload === undefined ? {} : { 'content-type': 'application/json' } });
    expect((await post()).statusCode).toBe(200);
    expect((await post('{}')).statusCode).toBe(200);
    const unknown = await post('{"all":true,"why":"x"}');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Trường không được hỗ trợ: all, why',
        details: [
          { field: 'all', message: 'Trường không được hỗ trợ: all' },
          { field: 'why', message: 'Trường không được hỗ trợ: why' },
        ],
      },
    });
    expect((await post('[1]')).statusCode).toBe(400);
    expect((await post('{}', '/api/things/1/read?force=1')).json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Trường không được hỗ trợ: force' });
    expect((await post('{}', '/api/things/1/read?__proto__=1&constructor=2')).json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Trường không được hỗ trợ: __proto__, constructor' });
    // Citizen pages keep working with the tracking parameters social networks add to shared links.
    expect((await app.inject({ method: 'GET', url: '/p/bvsn/tin-tuc?fbclid=IwAR0abc&utm_source=facebook' })).statusCode).toBe(200);
    await app.close();
  });

  it('reads the shape of a JSON text: keys given twice at any depth, escaped or not, and nesting too deep', () => {
    expect(jsonShape('{"a":1,"b":{"c":[{"d":1,"d":2}]},"\\u0061":3}')).toEqual({ duplicates: ['b.c.0.d', 'a'], tooDeep: false });
    expect(jsonShape('{"s":"a \\" , { [ b","t":"}"}')).toEqual({ duplicates: [], tooDeep: false });
    expect(jsonShape('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)).tooDeep).toBe(false);
    expect(jsonShape('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)).tooDeep).toBe(true);
  });
});

describe.each(DIALECTS)('strict request fields on %s', (dialect) => {
  let t: TestApp;
  let reporter: string;
  let unit: string;
  let coordinator: string;
  let occurrenceId: string;
  let planId: string;
  let filesDir: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const [firstPlan] = await issueDraftPlans(t, 'TTYT-LCCD');
    planId = firstPlan!;
    reporter = await t.login('bvsn.truyenthong');
    unit = await t.login('ttyt-lccd.tchc-tckt');
    coordinator = await t.login('ttyt-lccd.coordinator');
    occurrenceId = (await t.request('GET', '/api/occurrences?mine=1&limit=1', { cookie: unit })).json().items[0].id;
    filesDir = join(t.app.deps.config.dataDir, 'files');
  });
  afterAll(() => t.close());

  /** Sends the request and checks it was refused with 400 VALIDATION_FAILED and that nothing at all was written. */
  async function refusedUnchanged(send: () => Promise<{ statusCode: number; json: () => unknown }>): Promise<ErrorBody['error']> {
    const before = await databaseChecksum(t.store);
    const files = countFiles(filesDir);
    const res = await send();
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorBody;
    expect(await databaseChecksum(t.store)).toBe(before);
    expect(countFiles(filesDir)).toBe(files);
    return body.error;
  }

  it('refuses a news item sent with "body" (the field is bodyHtml) or "summery", naming the field, and saves nothing', async () => {
    const item = { kind: 'news', title: 'Bệnh viện triển khai thanh toán không dùng tiền mặt' };
    const body = await refusedUnchanged(() => t.request('POST', '/api/media-items', { cookie: reporter, body: { ...item, body: '<p>Toàn bộ nội dung tin</p>' } }));
    expect(body).toEqual({ code: 'VALIDATION_FAILED', message: 'Trường không được hỗ trợ: body', details: [{ field: 'body', message: 'Trường không được hỗ trợ: body' }] });
    const summery = await refusedUnchanged(() => t.request('POST', '/api/media-items', { cookie: reporter, body: { ...item, summery: 'Người bệnh quét mã QR.' } }));
    expect(summery).toEqual({ code: 'VALIDATION_FAILED', message: 'Trường không được hỗ trợ: summery', details: [{ field: 'summery', message: 'Trường không được hỗ trợ: summery' }] });
    // Spelt right, the same item is saved with its text.
    const saved = await t.request('POST', '/api/media-items', { cookie: reporter, body: { ...item, bodyHtml: '<p>Toàn bộ nội dung tin</p>', summary: 'Người bệnh quét mã QR.' } });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ bodyHtml: '<p>Toàn bộ nội dung tin</p>', summary: 'Người bệnh quét mã QR.' });
    // On an edit too, with several names at once.
    const edit = await refusedUnchanged(() => t.request('PATCH', `/api/media-items/${saved.json().id}`, { cookie: reporter, body: { title: 'Tiêu đề mới', body: 'x', summery: 'y' } }));
    expect(edit.message).toBe('Trường không được hỗ trợ: body, summery');
  });

  it('refuses PATCH /api/occurrences/:id {"notes": …}: nothing saved, updatedAt where it was', async () => {
    const before = (await t.request('GET', `/api/occurrences/${occurrenceId}/history`, { cookie: unit })).json();
    const list = async () => (await t.request('GET', '/api/occurrences?mine=1&limit=1', { cookie: unit })).json().items[0];
    const { updatedAt } = await list();
    const error = await refusedUnchanged(() => t.request('PATCH', `/api/occurrences/${occurrenceId}`, { cookie: unit, body: { notes: 'Đã hoàn thành 80% khối lượng' } }));
    expect(error).toEqual({ code: 'VALIDATION_FAILED', message: 'Trường không được hỗ trợ: notes', details: [{ field: 'notes', message: 'Trường không được hỗ trợ: notes' }] });
    expect((await list()).updatedAt).toBe(updatedAt);
    expect((await t.request('GET', `/api/occurrences/${occurrenceId}/history`, { cookie: unit })).json()).toEqual(before);
    // With a known field beside it, still nothing is saved: the request is refused as a whole.
    await refusedUnchanged(() => t.request('PATCH', `/api/occurrences/${occurrenceId}`, { cookie: unit, body: { progress: 80, notes: 'x' } }));
    // An empty change changes nothing either: no history line, no new updatedAt.
    const checksum = await databaseChecksum(t.store);
    expect((await t.request('PATCH', `/api/occurrences/${occurrenceId}`, { cookie: unit, body: {} })).statusCode).toBe(200);
    expect(await databaseChecksum(t.store)).toBe(checksum);
    const saved = await t.request('PATCH', `/api/occurrences/${occurrenceId}`, { cookie: unit, body: { note: 'Đã hoàn thành 80% khối lượng' } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().note).toBe('Đã hoàn thành 80% khối lượng');
  });

  it('names an unknown field deep inside a body, in a query, and on routes that take no body or no query', async () => {
    const plan = (await t.request('GET', `/api/plans/${planId}`, { cookie: coordinator })).json();
    const [section] = plan.content.sections;
    const deep = await refusedUnchanged(() =>
      t.request('PATCH', `/api/plans/${planId}`, { cookie: coordinator, body: { content: { ...plan.content, sections: [{ ...section, ghiChu: 'x' }, ...plan.content.sections.slice(1)] } } }),
    );
    expect(deep.details).toEqual([{ field: 'content.sections.0.ghiChu', message: 'Trường không được hỗ trợ: content.sections.0.ghiChu' }]);
    const task = await refusedUnchanged(() => t.request('PATCH', `/api/plans/${planId}`, { cookie: coordinator, body: { tasks: [{ ...plan.tasks[0], lead: plan.tasks[0].lead }] } }));
    // A task as the API answers it carries what is not sent back (its schedule, its periods…): named, not dropped.
    expect(task.details?.map((d) => d.field)).toEqual(expect.arrayContaining(['tasks.0.schedule', 'tasks.0.occurrences']));

    const query = await t.request('GET', '/api/plans?yaer=2026', { cookie: coordinator });
    expect(query.statusCode).toBe(400);
    expect(query.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Trường không được hỗ trợ: yaer', details: [{ field: 'yaer' }] });
    expect((await t.request('GET', `/api/plans/${planId}?expand=tasks`, { cookie: coordinator })).json().error.message).toBe('Trường không được hỗ trợ: expand');

    const readAll = await refusedUnchanged(() => t.request('POST', '/api/notifications/read-all', { cookie: unit, body: { only: 'reminders' } }));
    expect(readAll.message).toBe('Trường không được hỗ trợ: only');
    expect((await t.request('POST', '/api/notifications/read-all', { cookie: unit, body: {} })).statusCode).toBe(200);
  });

  it('refuses a key sent twice, text no database keeps exactly, and JSON nested too deep', async () => {
    const raw = (payload: string) => t.app.inject({ method: 'PATCH', url: `/api/occurrences/${occurrenceId}`, headers: { cookie: unit, 'content-type': 'application/json' }, payload });
    const twice = await refusedUnchanged(() => raw('{"note":"Bản thứ nhất","note":"Bản thứ hai"}'));
    expect(twice.details).toEqual([{ field: 'note', message: 'Trường bị lặp lại: note' }]);
    const nul = await refusedUnchanged(() => raw('{"note":"Hoàn thành\\u0000"}'));
    expect(nul.details).toEqual([{ field: 'note', message: expect.stringContaining('NUL') }]);
    await refusedUnchanged(() => raw('{"note":"Báo cáo \\ud800 quý I"}'));
    const deep = await refusedUnchanged(() => raw(`{"note":${'['.repeat(10_000)}${']'.repeat(10_000)}}`));
    expect(deep.code).toBe('INVALID_JSON');
    const query = await t.request('GET', '/api/plans?q=k%E1%BA%BF%00ho%E1%BA%A1ch', { cookie: coordinator });
    expect(query.statusCode).toBe(400);
    expect(query.json().error.details).toEqual([{ field: 'q', message: expect.stringContaining('NUL') }]);
  });

  it('refuses unknown multipart fields, before or after the file, and stores no file', async () => {
    const send = (url: string, body: { payload: Buffer; headers: Record<string, string> }, cookie: string) => () => t.app.inject({ method: 'POST', url, headers: { ...body.headers, cookie }, payload: body.payload });
    const evidence = `/api/occurrences/${occurrenceId}/evidence`;
    const before = await refusedUnchanged(send(evidence, multipartBody({ ghiChu: 'Báo cáo quý I' }, { name: 'bao-cao.pdf', content: PDF }), unit));
    expect(before).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Trường không được hỗ trợ: ghiChu', details: [{ field: 'ghiChu' }] });
    const after = await refusedUnchanged(send(evidence, multipartParts([['file', { name: 'bao-cao.pdf', content: PDF }], ['ghiChu', 'Báo cáo quý I']]), unit));
    expect(after.message).toBe('Trường không được hỗ trợ: ghiChu');
    const imports = await refusedUnchanged(send('/api/plan-imports', multipartParts([['nam', '2026'], ['file', { name: 'ke-hoach.txt', content: Buffer.from('KẾ HOẠCH') }]]), coordinator));
    expect(imports.message).toBe('Trường không được hỗ trợ: nam');
    // A known field sent after the file has missed its turn: refused by name too, never ignored.
    const late = await refusedUnchanged(send('/api/plan-imports', multipartParts([['file', { name: 'ke-hoach.txt', content: Buffer.from('KẾ HOẠCH') }], ['organizationId', 'x']]), coordinator));
    expect(late.details).toEqual([{ field: 'organizationId', message: 'Trường organizationId phải gửi trước tệp (file).' }]);
    const workbook = await refusedUnchanged(send('/api/occurrences/workbook/preview', multipartParts([['file', { name: 'a.xlsx', content: Buffer.from('PK') }], ['mine', '1']]), unit));
    expect(workbook.message).toBe('Trường không được hỗ trợ: mine');
    // Sent right, the same evidence is stored.
    expect((await send(evidence, multipartBody({}, { name: 'bao-cao.pdf', content: PDF }), unit)()).statusCode).toBe(201);
    // A JSON link with a stray field is refused as JSON bodies are.
    const link = await refusedUnchanged(() => t.request('POST', evidence, { cookie: unit, body: { url: 'https://ttytlaocai.vn/cchc', name: 'Tin bài', title: 'x' } }));
    expect(link.message).toBe('Trường không được hỗ trợ: title');
  });

  it('refuses days no one could mean (9999-12-31, 30 February) with a Vietnamese reason, and keeps taking real ones', async () => {
    const outOfRange = 'Ngày phải trong khoảng từ 01/01/2000 đến 31/12/2100.';
    for (const url of ['/api/occurrences?dueFrom=9999-12-31', '/api/audit-log?from=1900-01-01', `/api/reminder-notices/document.docx?asOf=9999-12-31`, '/api/media-stats?from=2026-01-01&to=9999-12-31', '/api/reports?to=0202-03-01']) {
      const res = await t.request('GET', url, { cookie: coordinator });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.details[0].message, url).toBe(outOfRange);
    }
    const notReal = await t.request('GET', '/api/occurrences?dueFrom=2026-02-30', { cookie: coordinator });
    expect(notReal.json().error.details).toEqual([{ field: 'dueFrom', message: 'Ngày phải là ngày có thật, viết dạng yyyy-mm-dd (ví dụ 2026-03-31).' }]);
    expect((await t.request('GET', '/api/occurrences?dueFrom=2026-01-01&dueTo=2026-12-31', { cookie: coordinator })).statusCode).toBe(200);

    const admin = await t.login('syt-lc.admin');
    const doc = { kind: 'decision', code: '123/QĐ-UBND', summary: 'Quyết định thử' };
    const far = await refusedUnchanged(() => t.request('POST', '/api/legal-documents', { cookie: admin, body: { ...doc, issuedOn: '9999-12-31' } }));
    expect(far.details).toEqual([{ field: 'issuedOn', message: 'Ngày phải trong khoảng từ 01/01/1945 đến 31/12/2100.' }]);
    // Documents still cited go back to the founding of the state.
    expect((await t.request('POST', '/api/legal-documents', { cookie: admin, body: { ...doc, issuedOn: '1946-11-09' } })).statusCode).toBe(201);

    // A plan's signing date belongs to its year (give or take one).
    const drafts = (await t.request('GET', '/api/plans?state=draft&limit=100', { cookie: await t.login('bvsn.coordinator') })).json().items as { id: string; year: number; organization: { code: string } }[];
    const draft = drafts.find((p) => p.organization.code === 'BVSN')!;
    expect((await t.request('POST', `/api/plans/${draft.id}/transition`, { cookie: await t.login('bvsn.coordinator'), body: { to: 'submitted' } })).statusCode).toBe(200);
    const director = await t.login('bvsn.director');
    const year = await refusedUnchanged(() => t.request('POST', `/api/plans/${draft.id}/transition`, { cookie: director, body: { to: 'issued', issuedOn: `${draft.year + 36}-03-02` } }));
    expect(year.details).toEqual([{ field: 'issuedOn', message: `Ngày ban hành phải thuộc các năm ${draft.year - 1}–${draft.year + 1}.` }]);
    const issued = await t.request('POST', `/api/plans/${draft.id}/transition`, { cookie: director, body: { to: 'issued', issuedOn: `${draft.year - 1}-12-28` } });
    expect(issued.statusCode).toBe(200);
    expect(issued.json().issuedOn).toBe(`${draft.year - 1}-12-28`);
  });
});
