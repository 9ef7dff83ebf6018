import { describe, expect, it } from 'vitest';
import { withPublicFileLinks } from './public-rich-text';

describe('rich text on a public page', () => {
  it('points staff file addresses at the public ones of the body', () => {
    const html = '<p><img src="/api/media-items/0190-a/files/0190-b" alt="Ảnh" /> <a href="/api/media-items/0190-a/files/0190-c">Tải</a></p>';
    expect(withPublicFileLinks(html, 'BVSN')).toBe('<p><img src="/p/bvsn/tep/0190-b" alt="Ảnh" /> <a href="/p/bvsn/tep/0190-c">Tải</a></p>');
  });

  it('leaves every other address alone', () => {
    const html = '<p><img src="https://anh.example.vn/a.png" /> <a href="/api/media-items/x/files/y/z">x</a> data-src="/api/media-items/a/files/b"</p>';
    expect(withPublicFileLinks(html, 'bvsn')).toBe(html);
  });
});
