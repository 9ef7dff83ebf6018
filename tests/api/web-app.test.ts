import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { openTestStore } from '../support/test-app';

describe('serving the staff web app', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'cchc-web-'));
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>CCHC</title>');
    writeFileSync(join(webRoot, 'assets', 'app-1.js'), 'console.log(1)');
    const env = await openTestStore('sqlite', { demo: false });
    dispose = env.dispose;
    app = await buildApp({ store: env.store, config: env.config, logger: false, webRoot });
  });
  afterAll(async () => {
    await app.close();
    await dispose();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers client-side routes with index.html, uncached', async () => {
    for (const url of ['/', '/to-chuc', '/nguoi-dung?q=a']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>CCHC</title>');
    }
    expect((await app.inject({ url: '/to-chuc' })).headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets for a year, including ones built after start', async () => {
    const res = await app.inject({ url: '/assets/app-1.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
    writeFileSync(join(webRoot, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await app.inject({ url: '/assets/app-2.js' })).body).toBe('console.log(2)');
  });

  it('answers a missing asset with 404, not the page', async () => {
    const res = await app.inject({ url: '/assets/gone-123.js' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('<title>CCHC</title>');
  });

  it('sends security headers', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
