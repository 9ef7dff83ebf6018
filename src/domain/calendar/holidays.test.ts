import { describe, expect, it } from 'vitest';
import { readIsoDate } from '../schedule/calendar';
import { holidaysByRule } from './holiday-rule';
import { HOLIDAY_YEARS, LUNAR_DATES, holidayYear, isCalendarKnown } from './holidays';
import { isWeekend, weekdayOf } from './iso-day';

/** The weekdays a year closes offices for, leaving out swaps (only an announcement makes those). */
const weekdaysOff = (year: number, source = holidayYear(year)) =>
  source.days.filter((d) => d.kind !== 'swapped' && !isWeekend(d.date)).map((d) => d.date.slice(5));

describe('the holiday table', () => {
  it('covers 2024–2030, announced up to 2026 and computed after', () => {
    expect(HOLIDAY_YEARS.map((y) => [y.year, y.basis])).toEqual([
      [2024, 'announced'], [2025, 'announced'], [2026, 'announced'],
      [2027, 'computed'], [2028, 'computed'], [2029, 'computed'], [2030, 'computed'],
    ]);
    expect([2023, 2024, 2030, 2031].map(isCalendarKnown)).toEqual([false, true, true, false]);
  });

  it.each(HOLIDAY_YEARS.map((y) => [y.year, y] as const))('%i: every date is a real date of its year, once', (year, y) => {
    const dates = [...y.days.map((d) => d.date), ...y.extraWorkingDays.map((d) => d.date)];
    for (const date of dates) expect(readIsoDate(date).year).toBe(year);
    expect(new Set(dates).size).toBe(dates.length);
    expect(y.days.map((d) => d.date)).toEqual(y.days.map((d) => d.date).sort());
    expect(y.source.length).toBeGreaterThan(20);
  });

  it.each(HOLIDAY_YEARS.map((y) => [y.year, y] as const))('%i: has the 11 legal holidays, and swaps only against Saturdays', (_, y) => {
    expect(y.days.filter((d) => d.kind === 'holiday')).toHaveLength(11);
    expect(y.days.filter((d) => d.kind === 'swapped')).toHaveLength(y.extraWorkingDays.length);
    for (const extra of y.extraWorkingDays) expect(weekdayOf(extra.date)).toBe(6);
    for (const sub of y.days.filter((d) => d.kind !== 'holiday')) expect(isWeekend(sub.date)).toBe(false);
  });

  it('puts Tết and Giỗ Tổ on the lunar dates', () => {
    expect(Object.entries(LUNAR_DATES).map(([year, l]) => [Number(year), l.tet, l.hungKings])).toEqual([
      [2024, '2024-02-10', '2024-04-18'],
      [2025, '2025-01-29', '2025-04-07'],
      [2026, '2026-02-17', '2026-04-26'],
      [2027, '2027-02-06', '2027-04-16'],
      [2028, '2028-01-26', '2028-04-04'],
      [2029, '2029-02-13', '2029-04-23'],
      [2030, '2030-02-02', '2030-04-12'],
    ]);
    for (const y of HOLIDAY_YEARS) {
      const named = (name: string) => y.days.filter((d) => d.name === name).map((d) => d.date);
      expect(named('Giỗ Tổ Hùng Vương')).toEqual([LUNAR_DATES[y.year]?.hungKings]);
      expect(named('Tết Nguyên đán')).toHaveLength(5);
    }
  });
});

describe('the rule', () => {
  it('gives back weekend holidays on the next working day (Điều 111 khoản 3)', () => {
    expect(weekdaysOff(2028)).toEqual([
      '01-03', // 01/01 is a Saturday
      '01-24', '01-25', '01-26', '01-27', '01-28', // Tết: 29/01 (mùng 4) is a Saturday, given back before the break
      '04-04',
      '05-01', '05-02', // 30/4 is a Sunday; Monday is 01/5 already
      '09-01', '09-04', // 02/9 a Saturday: 01/9 beside it, Monday given back
    ]);
  });

  it('computes 2027, 2029 and 2030', () => {
    expect(weekdaysOff(2027)).toEqual(['01-01', '02-04', '02-05', '02-08', '02-09', '02-10', '04-16', '04-30', '05-03', '09-02', '09-03']);
    expect(weekdaysOff(2029)).toEqual(['01-01', '02-12', '02-13', '02-14', '02-15', '02-16', '04-23', '04-30', '05-01', '09-03', '09-04']);
    expect(weekdaysOff(2030)).toEqual(['01-01', '01-31', '02-01', '02-04', '02-05', '02-06', '04-12', '04-30', '05-01', '09-02', '09-03']);
  });

  it.each([2024, 2025, 2026])('reproduces what was announced for %i, swaps aside', (year) => {
    expect(weekdaysOff(year, holidaysByRule(year, LUNAR_DATES[year]))).toEqual(weekdaysOff(year));
  });

  it('reproduces Tết 2023 (announced 20–26/01/2023)', () => {
    const tet2023 = weekdaysOff(2023, holidaysByRule(2023, { tet: '2023-01-22', hungKings: '2023-04-29' }));
    expect(tet2023.filter((d) => d.startsWith('01-') && d !== '01-02')).toEqual(['01-20', '01-23', '01-24', '01-25', '01-26']);
  });

  it('falls back to weekends and solar holidays outside the table', () => {
    const y = holidayYear(2031);
    expect(y.basis).toBe('fallback');
    expect(y.days.map((d) => d.date)).toEqual(['2031-01-01', '2031-04-30', '2031-05-01', '2031-09-01', '2031-09-02']);
  });
});
