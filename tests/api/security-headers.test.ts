import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createTestApp, openTestStore, type TestApp } from '../support/test-app';

const HELMET_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'x-permitted-cross-domain-policies': 'none',
};

/**
 * The security headers are worked out once at start-up (plugins/security-headers.ts) and must still be on
 * every kind of answer: JSON, an error, a route that does not exist, a citizen's page; and an https
 * address adds HSTS and upgrade-insecure-requests, which plain http inside a hospital must not get.
 */
describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('are on JSON, errors, unknown routes and public pages alike, without HSTS on plain http', async () => {
    const cookie = await t.login('bvsn.coordinator');
    const answers = [
      await t.request('GET', '/api/health'),
      await t.request('GET', '/api/plans', { cookie }),
      await t.request('POST', '/api/plans', { cookie, body: { khongCo: 1 }, headers: { origin: 'http://localhost' } }),
      await t.request('GET', '/api/khong-co'),
      await t.request('GET', '/p/bvsn/tin-tuc'),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 400, 404, 200]);
    for (const res of answers) {
      expect(res.headers).toMatchObject(HELMET_HEADERS);
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
      expect(String(res.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(answers.map((a) => a.headers['x-request-id'])).size).toBe(answers.length);
  });

  it('add HSTS and upgrade-insecure-requests when the public address is https', async () => {
    const { store, config, dispose } = await openTestStore('sqlite', { demo: false });
    const app = await buildApp({ store, config: { ...config, secureCookies: true }, logger: false, webRoot: '/nonexistent' });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers).toMatchObject(HELMET_HEADERS);
      expect(String(res.headers['strict-transport-security'])).toContain('max-age=');
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await app.close();
      await dispose();
    }
  });
});
