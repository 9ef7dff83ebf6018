import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { LATEST_MIGRATION } from '../../src/db/migrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

describe.each(DIALECTS)('system and errors on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    cookie = await t.login('bvsn.admin');
  });
  afterAll(() => t.close());

  it('reports health with the database kind and migration', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: dialect, migration: LATEST_MIGRATION });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('describes every route in OpenAPI', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of ['/api/health', '/api/auth/login', '/api/me', '/api/organizations', '/api/organizations/{id}', '/api/users', '/api/audit-log', '/api/groups', '/api/external-bodies']) {
      expect(paths).toContain(p);
    }
  });

  it('answers unknown API routes with 404 in the error shape', async () => {
    const res = await t.request('GET', '/api/khong-co', { cookie });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    expect(res.json().error.message).toMatch(/Không có địa chỉ/);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await t.request('POST', '/api/organizations', { cookie, body: '{"name": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_JSON');
  });

  it('names the wrong fields with 400 and changes nothing', async () => {
    const before = (await t.request('GET', '/api/organizations', { cookie })).json().items.length;
    const res = await t.request('POST', '/api/organizations', { cookie, body: { parentId: 42, kind: 'hospital', code: 'bad code', name: 'X' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    const fields = body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['parentId', 'code', 'name']));
    expect(body.error.message).toMatch(/parentId/);
    expect((await t.request('GET', '/api/organizations', { cookie })).json().items.length).toBe(before);
  });

  it('refuses an oversize body with 413', async () => {
    const res = await t.request('POST', '/api/organizations', { cookie, body: { name: 'x'.repeat(2 * 1024 * 1024) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('compresses large answers for slow lines', async () => {
    const res = await t.request('GET', '/api/organizations?limit=5000', { cookie, headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('compresses an answer made now (not kept) with brotli or gzip as asked, the same JSON, and says it varies', async () => {
    const plain = await t.request('GET', '/api/users?limit=200', { cookie, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['x-view-cache']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(2048);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await t.request('GET', '/api/users?limit=200', { cookie, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect([br.headers['content-encoding'], br.headers.vary]).toEqual(['br', 'accept-encoding']);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    const gz = await t.request('GET', '/api/users?limit=200', { cookie, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  it('answers 401 without a session', async () => {
    for (const url of ['/api/me', '/api/organizations', '/api/users', '/api/audit-log']) {
      const res = await t.request('GET', url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('never shows internals on a 500', async () => {
    const app = await buildApp({ store: t.store, config: t.app.deps.config, logger: false, webRoot: '/nonexistent' });
    app.get('/api/test-crash', async () => {
      throw new Error('secret database detail at /srv/x.ts:12');
    });
    const res = await app.inject({ method: 'GET', url: '/api/test-crash' });
    await app.close();
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/secret|\.ts:|stack/);
    expect(res.json().error.code).toBe('INTERNAL_ERROR');
  });
});
