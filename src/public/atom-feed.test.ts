import { describe, expect, it } from 'vitest';
import { parseAtom, RFC3339 } from '../../tests/support/atom-xml';
import { buildAtomFeed, entryTagUri, escapeXml } from './atom-feed';

const feed = (title: string, contentHtml: string) =>
  buildAtomFeed({
    id: 'https://cchc.example.vn/p/bvsn/tin-tuc',
    title: 'Tin cải cách hành chính — Bệnh viện Sản - Nhi',
    updated: '2026-03-02T01:00:00.000Z',
    selfUrl: 'https://cchc.example.vn/p/bvsn/tin-tuc/feed.atom',
    alternateUrl: 'https://cchc.example.vn/p/bvsn/tin-tuc',
    author: 'Bệnh viện Sản - Nhi tỉnh Lào Cai',
    base: 'https://cchc.example.vn/',
    entries: [
      {
        id: 'tag:cchc.example.vn,2026-03-02:tin-tuc/0190',
        title,
        updated: '2026-03-02T01:00:00.000Z',
        published: '2026-03-02T00:00:00+07:00',
        link: 'https://cchc.example.vn/p/bvsn/tin-tuc/thanh-toan',
        summary: 'Tóm tắt & "trích dẫn"',
        contentHtml,
        category: { term: 'news', label: 'Tin' },
      },
    ],
  });

describe('Atom feed of a body', () => {
  it('parses as Atom with the entry as a reader sees it', () => {
    const parsed = parseAtom(feed('Thanh toán <không> dùng tiền mặt', '<p>Nội dung <strong>đậm</strong> &amp; rõ</p>'));
    expect(parsed.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.selfLink).toBe('https://cchc.example.vn/p/bvsn/tin-tuc/feed.atom');
    expect(parsed.updated).toMatch(RFC3339);
    const [entry] = parsed.entries;
    expect(entry).toMatchObject({ title: 'Thanh toán <không> dùng tiền mặt', summary: 'Tóm tắt & "trích dẫn"', contentType: 'html', contentBase: 'https://cchc.example.vn/' });
    expect(entry!.content).toBe('<p>Nội dung <strong>đậm</strong> &amp; rõ</p>');
    expect(entry!.published).toMatch(RFC3339);
  });

  it('stays well-formed whatever the text holds: markup, entities, control characters, CDATA ends', () => {
    const nasty = 'a\u0000b\u0007c\u001b ]]> <![CDATA[ x ]]> &lt; &#0; \ufffe\uffff <!-- -->';
    const parsed = parseAtom(feed(nasty, nasty));
    expect(parsed.entries[0]!.title).toBe('abc ]]> <![CDATA[ x ]]> &lt; &#0;  <!-- -->');
  });

  it('escapes every character that could end an element or attribute', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
  });

  it('gives entries a tag: URI that survives a change of title, falling back to the address', () => {
    expect(entryTagUri('https://CCHC.example.vn:8443', '2026-03-02', 'abc', 'https://x/y')).toBe('tag:cchc.example.vn,2026-03-02:tin-tuc/abc');
    expect(entryTagUri('http://[::1]:3000', '2026-03-02', 'abc', 'http://[::1]:3000/p/bvsn/tin-tuc/a')).toBe('http://[::1]:3000/p/bvsn/tin-tuc/a');
  });
});
