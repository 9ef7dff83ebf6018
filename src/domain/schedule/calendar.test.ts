import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDateVi, formatQuarter, quarterOf, quarterRange, readIsoDate } from './calendar';

describe('calendar', () => {
  it('gives each quarter its first and last day', () => {
    expect(quarterRange(2026, 1)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterRange(2026, 2)).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(quarterRange(2026, 3)).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterRange(2026, 4)).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });

  it('finds the quarter of a date at the edges', () => {
    expect(quarterOf('2026-01-01')).toBe(1);
    expect(quarterOf('2026-03-31')).toBe(1);
    expect(quarterOf('2026-04-01')).toBe(2);
    expect(quarterOf('2026-12-31')).toBe(4);
  });

  it('writes quarters as Roman numerals and dates as dd/mm/yyyy', () => {
    expect([1, 2, 3, 4].map((q) => formatQuarter(q as 1 | 2 | 3 | 4))).toEqual(['I', 'II', 'III', 'IV']);
    expect(formatDateVi('2026-06-30')).toBe('30/06/2026');
  });

  it('knows leap years, 1900 and 2100 not among them', () => {
    expect([2024, 2026, 2000, 1900, 2100].map((year) => daysInMonth(year, 2))).toEqual([29, 28, 29, 28, 28]);
  });

  it('rejects what is not an ISO calendar date', () => {
    expect(() => readIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => quarterOf('30/06/2026')).toThrow(RangeError);
  });
});
