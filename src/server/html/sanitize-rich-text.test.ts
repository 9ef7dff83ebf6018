import { describe, expect, it } from 'vitest';
import { textProblems, xssProblems } from '../../../tests/support/assert-no-xss';
import { XSS_PAYLOADS } from '../../../tests/fixtures/xss-payloads';
import { richTextWords, sanitizeRichText, toPlainText } from './sanitize-rich-text';

describe('sanitizeRichText', () => {
  it('keeps what the editor writes', () => {
    const html =
      '<h2>Kết quả</h2><p>Bệnh viện đã <strong>triển khai</strong> <em>thanh toán</em> <u>không</u> <s>dùng</s> tiền mặt.<br>Chi tiết:</p>' +
      '<ul><li>Quầy thu ngân</li></ul><ol start="2"><li>Ứng dụng</li></ol><blockquote>Người bệnh hài lòng</blockquote>' +
      '<figure><img src="/api/media-items/abc/files/def" alt="Quầy thu"><figcaption>Quầy thu</figcaption></figure>' +
      '<table><thead><tr><th>Quý</th></tr></thead><tbody><tr><td colspan="2">I</td></tr></tbody></table>';
    // Void elements come back self-closed; nothing else changes.
    expect(sanitizeRichText(html)).toBe(html.replace('<br>', '<br />').replace('alt="Quầy thu">', 'alt="Quầy thu" />'));
  });

  it('opens links out of the site apart and leaves our own and mail links as they are', () => {
    expect(sanitizeRichText('<a href="https://syt.laocai.gov.vn/tin" target="_self" rel="opener">Sở Y tế</a>')).toBe(
      '<a href="https://syt.laocai.gov.vn/tin" target="_blank" rel="noopener noreferrer">Sở Y tế</a>',
    );
    expect(sanitizeRichText('<a href="/p/bvsn/tin-tuc/x" target="_blank">tin</a>')).toBe('<a href="/p/bvsn/tin-tuc/x">tin</a>');
    expect(sanitizeRichText('<a href="mailto:tchc@bvsn.vn">thư</a>')).toBe('<a href="mailto:tchc@bvsn.vn">thư</a>');
  });

  it('takes images only from our pages, our item files or https', () => {
    expect(sanitizeRichText('<img src="https://cdn.example/a.png" alt="a">')).toBe('<img src="https://cdn.example/a.png" alt="a" />');
    expect(sanitizeRichText('<p>a<img src="http://cdn.example/a.png">b</p>')).toBe('<p>ab</p>');
    expect(sanitizeRichText('<img src="/uploads/a.png"><img src="//evil.example/a.png"><img src="a.png">')).toBe('');
  });

  it('drops styles, classes, unknown elements and the content of scripts', () => {
    expect(sanitizeRichText('<p style="color:red" class="x" id="y">chữ</p><div>khối</div><script>alert(1)</script><h1>to</h1>')).toBe('<p>chữ</p>khốito');
  });

  it(`lets none of ${XSS_PAYLOADS.length} known payloads through`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
    // The checker sees the danger in the raw payloads (all but the few that are harmless outside an attribute).
    expect(XSS_PAYLOADS.filter((p) => xssProblems(p).length === 0).length).toBeLessThanOrEqual(3);
    for (const payload of XSS_PAYLOADS) {
      const clean = sanitizeRichText(payload);
      expect(xssProblems(clean), `${payload} → ${clean}`).toEqual([]);
      // Sanitising what is already clean changes nothing: no mutation on a second pass.
      expect(sanitizeRichText(clean), payload).toBe(clean);
    }
  });
});

describe('toPlainText', () => {
  it('keeps ordinary text with its signs', () => {
    expect(toPlainText('Tỉ lệ hài lòng > 90% & số ca < 5 mỗi ngày')).toBe('Tỉ lệ hài lòng > 90% & số ca < 5 mỗi ngày');
    expect(toPlainText('Dòng một\nDòng hai')).toBe('Dòng một\nDòng hai');
  });

  it('leaves no tag in a title, even one written with entities', () => {
    expect(toPlainText('Tin <b>mới</b>')).toBe('Tin mới');
    expect(toPlainText('&lt;script&gt;alert(1)&lt;/script&gt;Tin')).toBe('Tin');
    for (const payload of XSS_PAYLOADS) expect(textProblems(toPlainText(`Tin ${payload}`)), payload).toEqual([]);
  });
});

describe('richTextWords', () => {
  it('gives the words of rich text, blocks apart', () => {
    expect(richTextWords('<p>Cải cách</p><p>hành&nbsp;chính &amp; y tế</p><ul><li>một</li><li>hai</li></ul>')).toBe('Cải cách hành chính & y tế một hai');
  });
});
