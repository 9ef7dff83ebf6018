import { describe, expect, it } from 'vitest';
import { dailyScanDue } from './daily-scan';

describe('the daily reminder scan', () => {
  it('is due from 07:00 Vietnam time on a working day, keyed by that day', () => {
    // Friday 27/03/2026, 07:00 in Hà Nội is 00:00 UTC.
    expect(dailyScanDue(new Date('2026-03-27T00:00:00Z'))).toEqual({ day: '2026-03-27', uniqueKey: 'reminders.scan:2026-03-27', runAt: '2026-03-27T00:00:00.000Z' });
    expect(dailyScanDue(new Date('2026-03-27T09:30:00Z'))?.uniqueKey).toBe('reminders.scan:2026-03-27');
  });

  it('is not due before 07:00, even though the UTC date is already the same', () => {
    // 06:59 on Friday in Vietnam is 23:59 UTC on Thursday: the Vietnamese day decides.
    expect(dailyScanDue(new Date('2026-03-26T23:59:00Z'))).toBeNull();
  });

  it('counts the day in Vietnam: 23:30 UTC on Thursday is already Friday 06:30 there', () => {
    expect(dailyScanDue(new Date('2026-03-26T23:30:00Z'))).toBeNull();
    expect(dailyScanDue(new Date('2026-03-26T16:59:00Z'))?.day).toBe('2026-03-26');
  });

  it('skips weekends and public holidays', () => {
    expect(dailyScanDue(new Date('2026-03-28T03:00:00Z'))).toBeNull(); // Saturday
    expect(dailyScanDue(new Date('2026-09-02T03:00:00Z'))).toBeNull(); // Quốc khánh
    expect(dailyScanDue(new Date('2026-03-30T03:00:00Z'))?.day).toBe('2026-03-30'); // Monday
  });
});
