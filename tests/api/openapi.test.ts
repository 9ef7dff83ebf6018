import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

type OpenApi = { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };

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
