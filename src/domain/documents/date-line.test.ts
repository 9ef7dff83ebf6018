import { describe, expect, it } from 'vitest';
import { BLANK, shortDateOrBlank, vietnameseDateLine } from './date-line';

describe('vietnameseDateLine', () => {
  it('writes the place and the date with leading zeros on days below 10 and on January and February', () => {
    expect(vietnameseDateLine('Lào Cai', '2026-01-05')).toBe('Lào Cai, ngày 05 tháng 01 năm 2026');
    expect(vietnameseDateLine('Lào Cai', '2026-02-28')).toBe('Lào Cai, ngày 28 tháng 02 năm 2026');
    expect(vietnameseDateLine('P. Lào Cai', '2026-11-09')).toBe('P. Lào Cai, ngày 09 tháng 11 năm 2026');
    expect(vietnameseDateLine('Hà Tĩnh', '2026-03-15')).toBe('Hà Tĩnh, ngày 15 tháng 3 năm 2026');
  });

  it('leaves the day and the month blank for the clerk when the document is not registered', () => {
    expect(vietnameseDateLine('Lào Cai', { year: 2026 })).toBe(`Lào Cai, ngày${BLANK}tháng${BLANK}năm 2026`);
  });

  it('prints only the date when the body has no place name', () => {
    expect(vietnameseDateLine(null, '2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
  });

  it('refuses a date that does not exist rather than printing it', () => {
    expect(() => vietnameseDateLine('Lào Cai', '2026-02-30')).toThrow(RangeError);
  });
});

describe('shortDateOrBlank', () => {
  it('writes dd/mm/yyyy, or blanks with the year', () => {
    expect(shortDateOrBlank('2026-01-16')).toBe('16/01/2026');
    expect(shortDateOrBlank({ year: 2026 })).toBe(`${BLANK}/${BLANK}/2026`);
  });
});
