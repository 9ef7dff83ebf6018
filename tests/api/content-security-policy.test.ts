import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeRichText } from '../../src/server/html/sanitize-rich-text';
import { insertItem } from '../support/media-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

/** The directives of a Content-Security-Policy header, each with its sources. */
function directives(header: string | string[] | number | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of String(header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

/**
 * The policy's img-src must allow what the rich-text sanitiser lets through (https images, our own
 * files; issue 12, defect 13), or a news item's pictures are blocked on the citizens' pages; and
 * nothing more: no plain http, no other scheme, and scripts only from the site itself.
 */
describe('content security policy and the images of news items', () => {
  let t: TestApp;
  let slug: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const id = await insertItem(t.store.db, {
      bodyCode: 'BVSN',
      title: 'Ảnh từ báo tỉnh',
      bodyHtml: sanitizeRichText('<p>Lễ ra quân</p><p><img src="https://baolaocai.vn/anh/ra-quan.jpg" alt="Ra quân"></p><p><img src="http://khong-an-toan.example/anh.jpg" alt="x"></p>'),
      publications: [['website', '2026-02-03']],
    });
    slug = (await t.store.db.selectFrom('media_items').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
  });
  afterAll(() => t.close());

  it('lets the public page show the https picture the sanitiser kept, and only such pictures', async () => {
    const res = await t.request('GET', `/p/bvsn/tin-tuc/${slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('src="https://baolaocai.vn/anh/ra-quan.jpg"');
    expect(res.body).not.toContain('http://khong-an-toan.example');
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('sends the same policy with the staff app and the API, where the editor previews the picture', async () => {
    for (const url of ['/api/health', '/p/bvsn/tin-tuc', '/khong-co-trang-nay']) {
      const res = await t.request('GET', url);
      const csp = directives(res.headers['content-security-policy']);
      expect(csp.get('img-src'), url).toEqual(["'self'", 'data:', 'https:']);
      expect(csp.get('script-src'), url).toEqual(["'self'"]);
    }
  });
});
