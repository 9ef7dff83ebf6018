import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_SUMMARIES } from '../../src/server/http/operation-summaries';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../support/test-app';

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
    t = await createTestApp('sqlite', { demoPlans: false });
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

  it('pages every list the same way and says its order', () => {
    const lists = operations().filter(({ op }) => JSON.stringify(op.responses['200'] ?? '').includes('nextCursor'));
    expect(lists.length).toBeGreaterThan(12);
    for (const { op, name } of lists) {
      const query = ((op.parameters ?? []) as { in: string; name: string }[]).filter((p) => p.in === 'query').map((p) => p.name);
      expect(query, name).toEqual(expect.arrayContaining(['limit', 'cursor']));
      expect((op as { description?: string }).description, name).toMatch(/^Thứ tự: .+ — Order: .+/);
    }
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
