import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { assertNoXss } from '../support/assert-no-xss';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

describe.each(DIALECTS)('media items against XSS on %s', (dialect) => {
  let t: TestApp;
  let editor: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: false });
    editor = await t.login('bvsn.editor');
  });
  afterAll(() => t.close());

  it(`lets none of ${XSS_PAYLOADS.length} known payloads survive in title, summary or body`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
    const ids: string[] = [];
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const res = await t.request('POST', '/api/media-items', { cookie: editor, body: { kind: 'news', title: `Tin thử ${i} ${payload}`, summary: payload, bodyHtml: `<p>Đoạn ${i}</p>${payload}` } });
      expect(res.statusCode, payload).toBe(201);
      assertNoXss(res.json());
      ids.push(res.json().id);
      // The same payload arriving as a correction goes through the same allow-list.
      const edited = await t.request('PATCH', `/api/media-items/${res.json().id}`, { cookie: editor, body: { bodyHtml: payload, summary: `Tóm tắt ${payload}` } });
      expect(edited.statusCode, payload).toBe(200);
      assertNoXss(edited.json());
    }
    for (const id of ids) assertNoXss((await t.request('GET', `/api/media-items/${id}`, { cookie: editor })).json());
    assertNoXss((await t.request('GET', '/api/media-items?limit=1000', { cookie: editor })).json());
  });

  it('catches a payload when one does get through (the check can fail)', () => {
    expect(() => assertNoXss({ bodyHtml: '<p>ok</p><img src=x onerror=alert(1)>' })).toThrow();
    expect(() => assertNoXss({ bodyHtml: '<a href="jav&#x09;ascript:alert(1)">x</a>' })).toThrow();
    expect(() => assertNoXss({ title: 'Tin <script>alert(1)</script>' })).toThrow();
    expect(() => assertNoXss({ items: [{ bodyHtml: '<svg><a xlink:href="javascript:alert(1)">x</a></svg>' }] })).toThrow();
  });
});
