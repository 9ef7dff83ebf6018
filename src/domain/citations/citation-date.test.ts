import { describe, expect, it } from 'vitest';
import { isoDate, readDate, readDatePhrase } from './citation-date';

describe('citation dates', () => {
  it('reads numeric and worded dates', () => {
    expect(readDate('15/7/2021 của')).toEqual({ iso: '2021-07-15', length: 9 });
    expect(readDate('03/06/2020')?.iso).toBe('2020-06-03');
    expect(readDate('03.6.2020')?.iso).toBe('2020-06-03');
    expect(readDate('3-6-2020')?.iso).toBe('2020-06-03');
    expect(readDate('15 tháng 7 năm 2021')?.iso).toBe('2021-07-15');
  });

  it('does not read mixed separators, short years or blanks', () => {
    expect(readDate('15/7.2021')).toBeNull();
    expect(readDate('15/7/21')).toBeNull();
    expect(readDate('/01/2026')).toBeNull();
    expect(readDate('15/7/20215')).toBeNull();
  });

  it('gives null for days that do not exist', () => {
    expect(isoDate(31, 2, 2023)).toBeNull();
    expect(isoDate(29, 2, 2023)).toBeNull();
    expect(isoDate(29, 2, 2024)).toBe('2024-02-29');
    expect(isoDate(1, 13, 2024)).toBeNull();
    expect(isoDate(0, 1, 2024)).toBeNull();
    expect(readDate('31/02/2023')).toEqual({ iso: null, length: 10 });
  });

  it('reads the "ngày …" phrase after a code, within its limit', () => {
    const text = '76/NQ-CP, ngày 15/7/2021 của Chính phủ';
    expect(readDatePhrase(text, 8, text.length)).toEqual({ iso: '2021-07-15', end: 24 });
    expect(readDatePhrase(text, 8, 20)).toBeNull();
    expect(readDatePhrase(' ban hành ngày 1/2/2024', 0, 30)?.iso).toBe('2024-02-01');
    expect(readDatePhrase(' ngày /01/2026', 0, 14)).toBeNull();
  });
});
