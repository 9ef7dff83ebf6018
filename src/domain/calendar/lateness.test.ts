import { describe, expect, it } from 'vitest';
import { daysLate, isDueSoon, isLate, latenessOf, todayInVietnam, type LatenessInput } from './lateness';

describe('todayInVietnam', () => {
  it.each([
    ['2025-12-31T16:59:59.999Z', '2025-12-31'],
    ['2025-12-31T17:00:00.000Z', '2026-01-01'],
    ['2026-06-30T23:30:00.000Z', '2026-07-01'],
    ['2026-03-29T01:30:00+02:00', '2026-03-29'], // a European DST change does not matter
    ['2024-02-28T17:00:00Z', '2024-02-29'],
  ])('%s is %s in Hà Nội', (instant, date) => {
    expect(todayInVietnam(new Date(instant))).toBe(date);
  });

  it('refuses an invalid date', () => {
    expect(() => todayInVietnam(new Date('nope'))).toThrow(RangeError);
  });
});

describe('lateness', () => {
  const today = '2026-07-10';
  const due = '2026-06-30';
  const cases: [string, LatenessInput, ReturnType<typeof latenessOf>, number][] = [
    ['open and past due', { due, status: 'in_progress' }, 'overdue', 10],
    ['not started, past due', { due, status: 'not_started' }, 'overdue', 10],
    ['open, due today', { due: today, status: 'in_progress' }, 'not_late', 0],
    ['open, due later', { due: '2026-09-30', status: 'not_started' }, 'not_late', 0],
    ['no due date (on request)', { due: null, status: 'not_started' }, 'not_late', 0],
    ['not applicable, past due', { due, status: 'not_applicable' }, 'not_late', 0],
    ['done on time', { due, status: 'done', completedOn: '2026-06-30' }, 'not_late', 0],
    ['done late', { due, status: 'done', completedOn: '2026-07-03' }, 'finished_late', 3],
    ['submitted on time, accepted after', { due, status: 'done', submittedOn: '2026-06-29', completedOn: '2026-07-05' }, 'not_late', 0],
    ['submitted late, accepted', { due, status: 'done', submittedOn: '2026-07-02', completedOn: '2026-07-05' }, 'finished_late', 2],
    ['done without dates', { due, status: 'done' }, 'not_late', 0],
    ['submitted on time, awaiting review', { due, status: 'submitted', submittedOn: '2026-06-28' }, 'not_late', 0],
    ['submitted late, awaiting review', { due, status: 'submitted', submittedOn: '2026-07-01' }, 'finished_late', 1],
    ['submitted, date unknown, past due', { due, status: 'submitted' }, 'overdue', 10],
    ['returned for rework after the due date', { due, status: 'in_progress', submittedOn: null }, 'overdue', 10],
  ];

  it.each(cases)('%s', (_, occurrence, expected, days) => {
    expect(latenessOf(occurrence, today)).toBe(expected);
    expect(isLate(occurrence, today)).toBe(expected !== 'not_late');
    expect(daysLate(occurrence, today)).toBe(days);
  });

  it('counts calendar days across a month end', () => {
    expect(daysLate({ due: '2026-02-27', status: 'in_progress' }, '2026-03-02')).toBe(3);
  });
});

describe('isDueSoon', () => {
  it.each([
    ['2026-07-10', 7, true],
    ['2026-07-17', 7, true],
    ['2026-07-18', 7, false],
    ['2026-07-09', 7, false],
    ['2026-07-10', 0, true],
    [null, 7, false],
  ] as const)('due %s within %i days of 10/07/2026: %s', (due, within, expected) => {
    expect(isDueSoon(due, '2026-07-10', within)).toBe(expected);
  });

  it('refuses a negative window', () => {
    expect(() => isDueSoon('2026-07-10', '2026-07-10', -1)).toThrow(RangeError);
  });
});
