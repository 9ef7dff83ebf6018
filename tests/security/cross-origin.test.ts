import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { databaseChecksum } from '../support/db-checksum';
import { issueDraftPlans } from '../support/issue-demo-plans';
import { multipartBody } from '../support/multipart';
import { operationsOf, SAFE_METHODS } from '../support/openapi-operations';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * Issue 12, defect 3: a page on another site (even one of the same registrable domain, which SameSite=Lax
 * lets through) must not make a signed-in person's browser change anything. Every state-changing operation
 * of the OpenAPI description is tried, so a new route is covered without touching this file.
 */

type Operation = { method: string; path: string; url: string; multipart: boolean; json: boolean };

const SOME_ID = '01a00000-0000-7000-8000-000000000000';
const EVIL = 'https://evil.example';
/** Fastify's injector sends Host: localhost:80, so the app's own origin is http://localhost. */
const OWN = 'http://localhost';

/** Every non-safe operation the OpenAPI description lists, its path parameters filled with a well-formed id. */
function stateChangingOperations(t: TestApp): Operation[] {
  const ops = operationsOf(t.app)
    .filter((op) => !SAFE_METHODS.has(op.method))
    .map((op) => ({ method: op.method, path: op.path, url: op.path.replace(/\{[^}]+\}/g, SOME_ID), multipart: op.multipart, json: !!op.body }));
  // Signing out last, so the session the others use lives until then.
  return ops.sort((a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'));
}

const countFiles = (dir: string): number => {
  try {
    return readdirSync(dir).reduce((n, entry) => n + (statSync(join(dir, entry)).isDirectory() ? countFiles(join(dir, entry)) : 1), 0);
  } catch {
    return 0;
  }
};

describe.each(DIALECTS)('cross-site requests on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  let filesDir: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    cookie = await t.login('ttyt-lccd.coordinator');
    filesDir = join(t.app.deps.config.dataDir, 'files');
  });
  afterAll(() => t.close());

  /** The operation as a browser on `headers`' page would send it, with the victim's cookie. */
  const send = (op: Operation, headers: Record<string, string>, session = cookie) => {
    if (op.multipart) {
      const body = multipartBody({}, { name: 'ke-hoach.txt', content: Buffer.from('KẾ HOẠCH\nCải cách hành chính năm 2026\n'), type: 'text/plain' });
      return t.app.inject({ method: op.method as 'POST', url: op.url, headers: { ...body.headers, ...headers, cookie: session }, payload: body.payload });
    }
    const payload = op.json ? JSON.stringify(op.path === '/api/auth/login' ? { username: 'khong-co-ai', password: 'sai-mat-khau' } : {}) : undefined;
    return t.app.inject({ method: op.method as 'POST', url: op.url, headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers, cookie: session }, payload });
  };

  it('finds the state-changing operations in the OpenAPI description', () => {
    const ops = stateChangingOperations(t);
    expect(ops.length).toBeGreaterThan(40);
    // The two of the issue, both multipart.
    expect(ops).toEqual(expect.arrayContaining([expect.objectContaining({ method: 'POST', path: '/api/occurrences/{id}/evidence', multipart: true }), expect.objectContaining({ method: 'POST', path: '/api/plan-imports', multipart: true })]));
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual(expect.arrayContaining(['POST /api/auth/login', 'PATCH /api/plans/{id}', 'PUT /api/indices', 'DELETE /api/evidence/{id}']));
  });

  it('refuses every one of them from another site (Origin, Sec-Fetch-Site, Origin: null) and changes nothing', async () => {
    const before = await databaseChecksum(t.store);
    const files = countFiles(filesDir);
    const forged: [string, Record<string, string>][] = [
      ['Origin: https://evil.example', { origin: EVIL }],
      ['Origin of a sibling app of the same domain', { origin: 'https://baocao.syt.example.vn' }],
      ['the own host over the other scheme', { origin: 'https://localhost' }],
      ['Origin: null', { origin: 'null' }],
      ['Sec-Fetch-Site: cross-site, no Origin', { 'sec-fetch-site': 'cross-site' }],
      ['Sec-Fetch-Site: same-site, no Origin', { 'sec-fetch-site': 'same-site' }],
      ['Origin: evil with Sec-Fetch-Site: same-origin', { origin: EVIL, 'sec-fetch-site': 'same-origin' }],
    ];
    const wrong: string[] = [];
    for (const op of stateChangingOperations(t)) {
      for (const [how, headers] of forged) {
        const res = await send(op, headers);
        const code = res.statusCode === 403 ? (res.json() as { error?: { code?: string } }).error?.code : undefined;
        if (code !== 'CROSS_SITE_REQUEST') wrong.push(`${op.method} ${op.path} with ${how}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        if (res.cookies.some((c) => c.name === 'cchc_session' && c.value)) wrong.push(`${op.method} ${op.path} with ${how}: set a session cookie`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await databaseChecksum(t.store)).toBe(before);
    expect(countFiles(filesDir)).toBe(files);
    // The session was not even looked at, so it still works.
    expect((await t.request('GET', '/api/me', { cookie })).statusCode).toBe(200);
  });

  it('lets the same requests through from the app’s own pages and from programs that send no Origin', async () => {
    const own: [string, Record<string, string>][] = [
      ['Origin: own', { origin: OWN, 'sec-fetch-site': 'same-origin' }],
      ['Origin: own with the default port', { origin: `${OWN}:80` }],
      ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin' }],
      ['Sec-Fetch-Site: none (typed by the user)', { 'sec-fetch-site': 'none' }],
      ['no Origin (curl, the CLI)', {}],
    ];
    const refused: string[] = [];
    for (const op of stateChangingOperations(t)) {
      for (const [how, headers] of own) {
        // A fresh session per request: one of the operations signs out.
        const res = await send(op, headers, op.path === '/api/auth/logout' ? await t.login('ttyt-lccd.viewer') : cookie);
        if (res.statusCode === 403 && res.json().error?.code === 'CROSS_SITE_REQUEST') refused.push(`${op.method} ${op.path} with ${how}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('refuses the multipart evidence upload and plan import of the issue, and accepts them from the app', async () => {
    await issueDraftPlans(t, 'TTYT-LCCD');
    const unit = await t.login('ttyt-lccd.tchc-tckt');
    const occurrenceId = (await t.request('GET', '/api/occurrences?mine=1&limit=1', { cookie: unit })).json().items[0].id as string;
    const pdf = multipartBody({}, { name: 'Báo cáo quý I.pdf', content: Buffer.from('%PDF-1.4\n% Báo cáo\n%%EOF\n'), type: 'application/pdf' });
    const upload = (origin?: string) =>
      t.app.inject({ method: 'POST', url: `/api/occurrences/${occurrenceId}/evidence`, headers: { ...pdf.headers, cookie: unit, ...(origin ? { origin } : {}) }, payload: pdf.payload });
    const plan = multipartBody({}, { name: 'ke-hoach.txt', content: Buffer.from('KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\n'), type: 'text/plain' });
    const importPlan = (origin?: string) => t.app.inject({ method: 'POST', url: '/api/plan-imports', headers: { ...plan.headers, cookie, ...(origin ? { origin } : {}) }, payload: plan.payload });

    const before = await databaseChecksum(t.store);
    const files = countFiles(filesDir);
    for (const res of [await upload(EVIL), await importPlan(EVIL)]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'CROSS_SITE_REQUEST', message: expect.stringContaining('trang web khác') });
    }
    expect(await databaseChecksum(t.store)).toBe(before);
    expect(countFiles(filesDir)).toBe(files);
    const evidence = await t.request('GET', `/api/occurrences/${occurrenceId}/evidence`, { cookie: unit });
    expect(evidence.json().items).toEqual([]);

    expect((await upload(OWN)).statusCode).toBe(201);
    expect((await importPlan(OWN)).statusCode).toBe(200);
    expect(countFiles(filesDir)).toBe(files + 1);
  });

  it('refuses a forged sign-in (login CSRF) without opening a session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json', origin: EVIL }, payload: JSON.stringify({ username: 'ttyt-lccd.viewer', password: 'mat-khau-demo-2026' }) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CROSS_SITE_REQUEST');
    expect(res.cookies).toEqual([]);
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json', origin: OWN }, payload: JSON.stringify({ username: 'ttyt-lccd.viewer', password: 'mat-khau-demo-2026' }) });
    expect(ok.statusCode).toBe(200);
  });

  it('takes PUBLIC_URL as the one allowed origin when it is set, and ALLOWED_ORIGINS besides', async () => {
    const config = t.app.deps.config as { publicUrl?: string; allowedOrigins: string[] };
    const saved = { publicUrl: config.publicUrl, allowedOrigins: config.allowedOrigins };
    const markRead = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: { cookie, ...headers } });
    try {
      config.publicUrl = 'https://cchc.syt.example.vn/ung-dung/';
      expect((await markRead({ origin: 'https://cchc.syt.example.vn', host: 'localhost:3000' })).statusCode).toBe(200);
      // The Host header is the client's to write: with PUBLIC_URL set it proves nothing.
      for (const [origin, host] of [
        ['http://localhost:3000', 'localhost:3000'],
        ['https://evil.example', 'evil.example'],
        ['http://cchc.syt.example.vn', 'cchc.syt.example.vn'],
      ]) {
        const res = await markRead({ origin: origin!, host: host! });
        expect(res.statusCode, origin).toBe(403);
        expect(res.json().error.code).toBe('CROSS_SITE_REQUEST');
      }
      config.allowedOrigins = ['https://cchc.soyte.example.vn'];
      expect((await markRead({ origin: 'https://cchc.soyte.example.vn' })).statusCode).toBe(200);
      expect((await markRead({ origin: 'https://cchc.syt.example.vn' })).statusCode).toBe(200);
      expect((await markRead({ origin: EVIL })).statusCode).toBe(403);
    } finally {
      Object.assign(config, saved);
    }
  });

  it('takes the scheme from X-Forwarded-Proto only behind a trusted proxy', async () => {
    const behindProxy = await buildApp({ store: t.store, config: { ...t.app.deps.config, trustProxy: true }, logger: false, webRoot: '/nonexistent' });
    try {
      const viaProxy = (app: typeof t.app, origin: string) =>
        app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: { cookie, origin, host: 'cchc.syt.example.vn', 'x-forwarded-proto': 'https' } });
      expect((await viaProxy(behindProxy, 'https://cchc.syt.example.vn')).statusCode).toBe(200);
      expect((await viaProxy(behindProxy, 'http://cchc.syt.example.vn')).statusCode).toBe(403);
      // Without TRUST_PROXY the header is anyone's to send; the connection itself was plain http.
      expect((await viaProxy(t.app, 'https://cchc.syt.example.vn')).statusCode).toBe(403);
      expect((await viaProxy(t.app, 'http://cchc.syt.example.vn')).statusCode).toBe(200);
    } finally {
      await behindProxy.close();
    }
  });
});

describe('ALLOWED_ORIGINS', () => {
  it('reads a comma-separated list of origins and refuses anything else', () => {
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://cchc.soyte.example.vn/, http://10.0.0.5:3000/ung-dung' }).allowedOrigins).toEqual(['https://cchc.soyte.example.vn', 'http://10.0.0.5:3000']);
    expect(loadConfig({}).allowedOrigins).toEqual([]);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'cchc.soyte.example.vn' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'ftp://cchc.soyte.example.vn' })).toThrow(/ALLOWED_ORIGINS/);
  });
});
