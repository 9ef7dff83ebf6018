import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_SUMMARIES } from '../../src/server/http/operation-summaries';
import { EXAMPLE_BODY_ID, REQUEST_EXAMPLES } from '../../src/server/http/operation-examples';
import { createTestApp, DEMO_PASSWORD, orgId, type TestApp } from '../support/test-app';

type Response = { description?: string; content?: { 'application/json'?: { schema?: { $ref?: string }; example?: { error: { code: string; message: string } } } } };
type Operation = { operationId: string; summary?: string; security?: unknown[]; parameters?: { in: string }[]; requestBody?: unknown; responses: Record<string, Response> };
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/**
 * Issue 18: the description other systems read (`/api/openapi.json`) is valid OpenAPI 3.1 for a standard
 * validator, and shared shapes are named components rather than inlined copies.
 */
describe('the OpenAPI description', () => {
  let t: TestApp;
  let doc: OpenApi;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { demo: false });
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(() => t.close());

  it('is valid OpenAPI 3.1 for a well-kept validator, every reference resolving', async () => {
    expect(doc.openapi).toBe('3.1.0');
    // The validator dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('names every operation, each name once', () => {
    const ids = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((op) => (op as { operationId?: string }).operationId));
    expect(ids.length).toBeGreaterThan(150);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(id!))).toEqual([]);
    expect((doc.paths['/api/plans/{id}']!.get as { operationId: string }).operationId).toBe('getPlansById');
  });

  it('names the shared shapes as components, and the operations refer to them', () => {
    const names = Object.keys(doc.components.schemas);
    for (const name of ['Plan', 'PlanSection', 'Task', 'Occurrence', 'Report', 'Procedure', 'MediaItem', 'Organization', 'Error']) expect(names, name).toContain(name);
    const text = JSON.stringify(doc.paths);
    for (const name of ['Plan', 'Occurrence', 'Organization', 'Error']) expect(text, name).toContain(`"#/components/schemas/${name}"`);
    // No reference to a component the document does not have.
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) expect(names, name).toContain(name);
  });
});

describe("the description's words for each operation", () => {
  let t: TestApp;
  let doc: OpenApi;
  const operations = () => Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op, name: `${method.toUpperCase()} ${path}` })));
  beforeAll(async () => {
    t = await createTestApp('sqlite', { demoHistory: true });
    doc = (await t.request('GET', '/api/openapi.json')).json();
  });
  afterAll(() => t.close());

  it('sums up every operation in Vietnamese and then English, with no English summary left over', () => {
    const bad = operations().filter(({ op }) => {
      const [vi, ...rest] = (op.summary ?? '').split(' — ');
      const en = ENGLISH_SUMMARIES[op.operationId];
      return rest.length !== 1 || rest[0] !== en || !VIETNAMESE.test(vi!) || !/^[A-Z]/.test(en ?? '');
    });
    expect(bad.map((o) => `${o.name}: ${o.op.summary}`)).toEqual([]);
    const ids = new Set(operations().map((o) => o.op.operationId));
    expect(Object.keys(ENGLISH_SUMMARIES).filter((id) => !ids.has(id)), 'English summaries of operations that no longer exist').toEqual([]);
  });

  it('lists the errors each operation may answer, all in the one error shape, the usual ones with an example', () => {
    const missing: string[] = [];
    for (const { path, method, op, name } of operations()) {
      const isPublic = path.startsWith('/p/') || ['/api/health', '/api/auth/login', '/api/auth/logout'].includes(path);
      const expected = [
        ...(isPublic ? [] : ['401', '403', '429']),
        ...(path.includes('{') ? ['404'] : []),
        ...(op.requestBody ? ['400', '413'] : []),
        ...(op.parameters?.length ? ['400'] : []),
        ...(path.includes('{') && method !== 'get' ? ['409'] : []),
      ];
      for (const status of expected) if (!op.responses[status]) missing.push(`${name} ${status}`);
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(response.content?.['application/json']?.schema, `${name} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
        expect(response.description, `${name} ${status}`).toMatch(/ — /);
        if (['400', '401', '403', '409', '429'].includes(status) && !isPublic) expect(response.content?.['application/json']?.example?.error.message, `${name} ${status}`).toMatch(VIETNAMESE);
      }
      expect(op.security, name).toEqual(isPublic ? [] : undefined);
    }
    expect(missing).toEqual([]);
  });

  it('shows example bodies for the main writes, and each one is accepted by the server as it stands', async () => {
    const byId = new Map(operations().map((o) => [o.op.operationId, o]));
    const body = await orgId(t.store, 'BVSN');
    const coordinator = await t.login('bvsn.coordinator');
    const who: Record<string, string> = { postApiKeys: await t.login('bvsn.admin'), postMediaItems: await t.login('bvsn.editor') };
    const plan = (await t.request('POST', '/api/plans', { cookie: coordinator, body: { kind: 'cchc', year: 2028, title: 'Kế hoạch thử ví dụ' } })).json().id;
    const mine = await t.login('bvsn.khth');
    const work = (await t.request('GET', '/api/occurrences?mine=1&open=1&limit=1', { cookie: mine })).json().items[0]?.id;
    const submitted = (await t.request('GET', '/api/occurrences?status=submitted&limit=500', { cookie: coordinator })).json().items.find((o: { can: { review: boolean } }) => o.can.review)?.id;
    const pathIds: Record<string, string | undefined> = { postPlansByIdTransition: plan, patchOccurrencesById: work, postOccurrencesByIdComments: work, postOccurrencesByIdReview: submitted };
    const cookies: Record<string, string> = { patchOccurrencesById: mine };
    for (const [operationId, example] of Object.entries(REQUEST_EXAMPLES)) {
      const operation = byId.get(operationId);
      expect(operation, operationId).toBeDefined();
      expect((operation!.op.requestBody as { content: Record<string, { example?: unknown }> }).content['application/json']!.example, operationId).toEqual(example);
      if (operationId === 'postAuthLogin') continue;
      const id = pathIds[operationId];
      if (operation!.path.includes('{id}')) expect(id, `a real id for ${operationId}`).toBeDefined();
      const url = operation!.path.replace('{id}', id ?? '');
      const sent = JSON.parse(JSON.stringify(example).replaceAll(JSON.stringify(EXAMPLE_BODY_ID), JSON.stringify(body)));
      const answer = await t.request(operation!.method.toUpperCase(), url, { cookie: cookies[operationId] ?? who[operationId] ?? coordinator, body: sent });
      expect(answer.statusCode, `${operationId}: ${answer.body.slice(0, 300)}`).toBeLessThan(300);
    }
  });

  it('names dates as it says: an instant …At in ISO 8601 UTC, a day …On as yyyy-mm-dd, in every answer and in the description', async () => {
    const wrong = new Map<string, string>();
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) return value.forEach((v) => walk(v, where));
      if (!value || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && /[a-z]At$/.test(key) && key !== 'publishedAt' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v)) wrong.set(`${key}: ${v}`, where);
        if (typeof v === 'string' && /[a-z]On$/.test(key) && !/^\d{4}-\d{2}-\d{2}$/.test(v)) wrong.set(`${key}: ${v}`, where);
        walk(v, where);
      }
    };
    let read = 0;
    for (const username of ['bvsn.coordinator', 'syt-lc.director', 'bvsn.editor']) {
      const cookie = await t.login(username);
      for (const { path, op } of operations()) {
        if (path.includes('{') || !path.startsWith('/api/') || !doc.paths[path]!.get || op !== doc.paths[path]!.get) continue;
        if (((op.parameters ?? []) as { required?: boolean }[]).some((p) => p.required)) continue;
        const answer = await t.request('GET', path, { cookie });
        if (!String(answer.headers['content-type']).startsWith('application/json') || answer.statusCode !== 200) continue;
        walk(answer.json(), path);
        read += 1;
      }
    }
    expect(read).toBeGreaterThan(40);
    expect([...wrong].map(([what, where]) => `${where} ${what}`)).toEqual([]);
    const occurrence = doc.components.schemas.Occurrence as { properties: Record<string, { format?: string; anyOf?: { format?: string }[] }> };
    expect(occurrence.properties.updatedAt!.format).toBe('date-time');
    expect(JSON.stringify(occurrence.properties.submittedOn)).toContain('"format":"date"');
  });

  it('names every group of operations in both languages', () => {
    const used = new Set(operations().flatMap(({ op }) => (op as { tags?: string[] }).tags ?? []));
    const described = new Map(((doc as { tags?: { name: string; description: string }[] }).tags ?? []).map((tag) => [tag.name, tag.description]));
    for (const tag of used) expect(described.get(tag), tag).toMatch(/^.*[ạảấầẩậắằẳặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđăâêôơư].* — .+$/i);
  });

  it('pages every list the same way and says its order', () => {
    const lists = operations().filter(({ op }) => JSON.stringify(op.responses['200'] ?? '').includes('nextCursor'));
    expect(lists.length).toBeGreaterThan(12);
    for (const { op, name } of lists) {
      const query = ((op.parameters ?? []) as { in: string; name: string }[]).filter((p) => p.in === 'query').map((p) => p.name);
      expect(query, name).toEqual(expect.arrayContaining(['limit', 'cursor']));
      expect((op as { description?: string }).description, name).toMatch(/^Thứ tự: .+ — Order: .+/);
    }
    // The others with items say they come whole.
    const whole = operations().filter(({ method, op }) => method === 'get' && !lists.some((l) => l.op === op) && JSON.stringify(op.responses['200'] ?? '').includes('"items"'));
    expect(whole.length).toBeGreaterThan(5);
    for (const { op, name } of whole) expect((op as { description?: string }).description, name).toMatch(/^Không chia trang/);
  });

  it("gives examples that are the server's own answers", async () => {
    const cookie = await t.login('bvsn.viewer');
    for (const [path, url] of [
      ['/api/plans/{id}', '/api/plans/khong-co'],
      ['/api/occurrences/{id}', '/api/occurrences/khong-co'],
      ['/api/tasks/{id}', '/api/tasks/khong-co'],
      ['/api/reports/{id}', '/api/reports/khong-co'],
    ] as const) {
      const example = doc.paths[path]!.get!.responses['404']!.content!['application/json']!.example!.error;
      const answer = (await t.request('GET', url, { cookie })).json().error;
      expect({ code: answer.code, message: answer.message }, path).toEqual(example);
    }
    const unauthenticated = doc.paths['/api/plans']!.get!.responses['401']!.content!['application/json']!.example!.error;
    expect((await t.request('GET', '/api/plans')).json().error).toMatchObject(unauthenticated);
    const refused = doc.paths['/api/plans']!.post!.responses['403']!.content!['application/json']!.example!.error;
    const answer = await t.request('POST', '/api/plans', { cookie, body: { kind: 'cchc', year: 2027, title: 'Kế hoạch' } });
    expect(answer.json().error.code).toBe(refused.code);
    expect(DEMO_PASSWORD).toBeTruthy();
  });
});

describe('the interactive documentation at /api/docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { demo: false });
  });
  afterAll(() => t.close());

  it('is served from this server only, its description the same as /api/openapi.json', async () => {
    const page = await t.request('GET', '/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // Every script and style the page loads is ours: no CDN.
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source, source).not.toMatch(/^(https?:)?\/\//);
    for (const source of sources.filter((s) => /\.(js|css)$/.test(s))) {
      const asset = await t.request('GET', new URL(source, 'http://x/api/docs/').pathname);
      expect(asset.statusCode, source).toBe(200);
    }
    const described = await t.request('GET', '/api/docs/json');
    expect(described.json()).toEqual((await t.request('GET', '/api/openapi.json')).json());
  });
});
