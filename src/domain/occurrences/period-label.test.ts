import { describe, expect, it } from 'vitest';
import { describePeriod } from './period-label';

describe('describePeriod', () => {
  it('names a whole quarter in Roman numerals and a whole year by its number', () => {
    expect(describePeriod('2026-01-01', '2026-03-31')).toBe('Quý I/2026');
    expect(describePeriod('2026-10-01', '2026-12-31')).toBe('Quý IV/2026');
    expect(describePeriod('2026-01-01', '2026-12-31')).toBe('Năm 2026');
  });

  it('writes any other span as its first and last day, dd/mm/yyyy', () => {
    expect(describePeriod('2026-04-01', '2026-09-30')).toBe('01/04/2026–30/09/2026');
    expect(describePeriod('2026-02-01', '2026-03-31')).toBe('01/02/2026–31/03/2026');
  });

  it('copes with an open end and with no period at all', () => {
    expect(describePeriod('2026-05-04', null)).toBe('Từ 04/05/2026');
    expect(describePeriod(null, '2026-06-30')).toBe('Đến 30/06/2026');
    expect(describePeriod(null, null)).toBe('');
  });
});
