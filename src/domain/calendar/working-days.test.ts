import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from './iso-day';
import { addWorkingDays, dayOffOn, isWorkingDay, nextWorkingDay, workingDaysBetween } from './working-days';

const span = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
};

describe('working days', () => {
  it.each([
    ['Tết 2025: 25/01–02/02 off', '2025-01-25', '2025-02-02'],
    ['Tết 2024: 08/02–14/02 off', '2024-02-08', '2024-02-14'],
    ['Tết 2026: 14/02–22/02 off', '2026-02-14', '2026-02-22'],
    ['30/4–01/5/2025: 30/4–04/5 off', '2025-04-30', '2025-05-04'],
    ['30/4–01/5/2024: 27/4–01/5 off', '2024-04-27', '2024-05-01'],
    ['Quốc khánh 2025: 30/8–02/9 off', '2025-08-30', '2025-09-02'],
    ['Quốc khánh 2024: 31/8–03/9 off', '2024-08-31', '2024-09-03'],
    ['Quốc khánh 2026: 29/8–02/9 off', '2026-08-29', '2026-09-02'],
    ['Tết Dương lịch 2026: 01–04/01 off', '2026-01-01', '2026-01-04'],
    ['Giỗ Tổ 2026: 25–27/4 off', '2026-04-25', '2026-04-27'],
  ])('%s, and the days either side are working days', (_, first, last) => {
    for (const day of span(first, last)) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay(addDays(first, -1))).toBe(true);
    expect(nextWorkingDay(last)).toBe(addDays(last, 1));
  });

  it('counts the Saturdays worked in exchange', () => {
    for (const saturday of ['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22']) {
      expect(weekdayOf(saturday)).toBe(6);
      expect(isWorkingDay(saturday)).toBe(true);
    }
    expect(isWorkingDay('2025-04-19')).toBe(false);
    expect(dayOffOn('2025-05-02')).toMatchObject({ kind: 'swapped' });
    expect(dayOffOn('2026-04-27')).toEqual({ date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', kind: 'substitute' });
    expect(dayOffOn('2025-06-10')).toBeUndefined();
  });

  it.each([
    ['feedback on Friday before Tết 2025, 10 days', '2025-01-24', 10, '2025-02-14'],
    ['an ordinary Friday, 10 days', '2025-03-07', 10, '2025-03-21'],
    ['Friday before the swapped Saturday, 3 days', '2025-04-25', 3, '2025-04-29'],
    ['Thursday before 30/4/2025, 2 days', '2025-04-24', 2, '2025-04-26'],
    ['received on a Sunday, 1 day', '2025-06-08', 1, '2025-06-09'],
    ['zero days is the day itself', '2025-02-01', 0, '2025-02-01'],
    ['across the year end', '2025-12-30', 2, '2026-01-05'],
  ])('addWorkingDays: %s', (_, date, n, due) => {
    expect(addWorkingDays(date, n)).toBe(due);
    expect(workingDaysBetween(date, due)).toBe(n);
  });

  it('counts working days in (from, to], negatively backwards', () => {
    expect(workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1);
    expect(workingDaysBetween('2025-01-01', '2025-12-31')).toBe(250);
    expect(workingDaysBetween('2025-02-03', '2025-01-24')).toBe(-1);
    expect(workingDaysBetween('2025-02-03', '2025-02-03')).toBe(0);
  });

  it('refuses what is not a date or a count', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-03', 1.5)).toThrow(RangeError);
  });

  it('uses weekends and solar holidays outside the table', () => {
    expect(isWorkingDay('2031-01-01')).toBe(false);
    expect(isWorkingDay('2031-01-23')).toBe(true); // Tết 2031 is unknown to the fallback
    expect(addWorkingDays('2030-12-31', 1)).toBe('2031-01-02');
  });
});

describe('working-day properties', () => {
  const dates = fc.integer({ min: 0, max: 365 * 9 }).map((n) => addDays('2023-06-01', n));
  const counts = fc.integer({ min: 0, max: 300 });

  it('lands on a working day, n working days later', () => {
    fc.assert(
      fc.property(dates, counts, (date, n) => {
        const due = addWorkingDays(date, n);
        if (n >= 1) expect(isWorkingDay(due)).toBe(true);
        expect(workingDaysBetween(date, due)).toBe(n);
        expect(due >= date).toBe(true);
      }),
    );
  });

  it('steps one working day at a time, skipping only closed days', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const next = nextWorkingDay(date);
        expect(addWorkingDays(date, 1)).toBe(next);
        for (const day of span(addDays(date, 1), addDays(next, -1))) expect(isWorkingDay(day)).toBe(false);
      }),
    );
  });

  it('adds up over consecutive spans', () => {
    fc.assert(
      fc.property(dates, dates, dates, (a, b, c) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
    );
  });
});
