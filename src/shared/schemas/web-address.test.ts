import { describe, expect, it } from 'vitest';
import { isWebAddress, WEB_ADDRESS_MESSAGE, webAddressSchema } from './web-address';

describe('web addresses', () => {
  it('accepts http and https pages', () => {
    expect(isWebAddress('https://vanban.chinhphu.vn/76-nq-cp')).toBe(true);
    expect(isWebAddress('HTTP://ttytlaocai.vn')).toBe(true);
  });

  it('refuses schemes that run script or leave the web, and text that is no address', () => {
    for (const text of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://a.vn/x', 'vanban.chinhphu.vn', '']) {
      expect(isWebAddress(text), text).toBe(false);
    }
  });

  it('trims, limits the length and explains the rule in Vietnamese', () => {
    expect(webAddressSchema(100).parse('  https://a.vn/x ')).toBe('https://a.vn/x');
    expect(webAddressSchema(10).safeParse('https://a.vn/very-long').success).toBe(false);
    expect(webAddressSchema(100).safeParse('javascript:alert(1)').error?.issues[0]?.message).toBe(WEB_ADDRESS_MESSAGE);
  });
});
