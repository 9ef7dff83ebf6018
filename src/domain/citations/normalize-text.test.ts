import { describe, expect, it } from 'vitest';
import { normalizeText, originalRange } from './normalize-text';

describe('normalizeText', () => {
  it('collapses whitespace runs, line breaks included, and trims the ends', () => {
    const norm = normalizeText('  của Chính \n\nphủ\t ban hành  ');
    expect(norm.text).toBe('của Chính phủ ban hành');
    expect([...norm.lineBreaks].map((i) => norm.text.slice(i - 5, i))).toEqual(['Chính']);
  });

  it('joins a word hyphenated at a line end, but not a spaced dash', () => {
    expect(normalizeText('Bệnh viện Sản-\n\nNhi').text).toBe('Bệnh viện Sản-Nhi');
    expect(normalizeText('số 14-\nĐA/TU').text).toBe('số 14-ĐA/TU');
    expect(normalizeText('Lào Cai -\nCam Đường').text).toBe('Lào Cai - Cam Đường');
    expect(normalizeText('Sản- Nhi').text).toBe('Sản- Nhi');
  });

  it('composes decomposed letters, unifies Ð with Đ and drops invisible characters', () => {
    expect(normalizeText('Nghị quyết'.normalize('NFD')).text).toBe('Nghị quyết');
    expect(normalizeText('QÐ-UBND ðiều').text).toBe('QĐ-UBND điều');
    expect(normalizeText('Kế\u00AD hoạch\u200B').text).toBe('Kế hoạch');
  });

  it('maps every normalised range back to the original text', () => {
    const original = 'của Chính \n\nphủ'.normalize('NFD');
    const norm = normalizeText(original);
    const start = norm.text.indexOf('Chính');
    const range = originalRange(norm, start, norm.text.length);
    expect(original.slice(range.start, range.end)).toBe('Chính \n\nphủ'.normalize('NFD'));
  });
});
