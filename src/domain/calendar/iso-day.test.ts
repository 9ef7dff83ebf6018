import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, toDayNumber, weekdayOf } from './iso-day';

const DAY_MS = 86_400_000;
const isoOfMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('iso-day', () => {
  it('numbers days from 1970-01-01 and names weekdays the ISO way', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(weekdayOf('2025-01-24')).toBe(5);
    expect(weekdayOf('2026-01-10')).toBe(6);
    expect(weekdayOf('2026-04-26')).toBe(7);
    expect(weekdayOf('1969-12-29')).toBe(1);
  });

  it('crosses month, leap-day and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2026-02-14', '2026-02-22')).toBe(8);
    expect(daysBetween('2026-02-22', '2026-02-14')).toBe(-8);
  });

  it('agrees with Date.UTC on every day from 1900 to 2200', () => {
    const first = Date.UTC(1900, 0, 1) / DAY_MS;
    const last = Date.UTC(2200, 11, 31) / DAY_MS;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const iso = isoOfMs(n * DAY_MS);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(weekdayOf(iso)).toBe(((new Date(n * DAY_MS).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});
