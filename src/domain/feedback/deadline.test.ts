import { describe, expect, it } from 'vitest';
import { answerDueOn, answeredOnTimeShare, timelinessOf } from './deadline';

describe('the answer deadline of a feedback item, in working days', () => {
  it('skips the Tết break: received Friday 13/02/2026, ten working days end on 06/03/2026', () => {
    // 14–22/02/2026 is the Tết break (weekends included): the count resumes on Monday 23/02.
    expect(answerDueOn('2026-02-13', 10)).toBe('2026-03-06');
    expect(answerDueOn('2026-02-13', 1)).toBe('2026-02-23');
  });

  it('counts the Saturday worked in exchange and skips the weekday swapped for it', () => {
    // Friday 02/01/2026 is off, swapped for Saturday 10/01/2026, which is a working day.
    expect(answerDueOn('2025-12-31', 1)).toBe('2026-01-05');
    expect(answerDueOn('2026-01-08', 2)).toBe('2026-01-10');
    // 22/08/2026 (Saturday) is worked for Monday 31/08; 01–02/09 are Quốc khánh.
    expect(answerDueOn('2026-08-21', 1)).toBe('2026-08-22');
    expect(answerDueOn('2026-08-28', 1)).toBe('2026-09-03');
  });

  it('is late once the due day has passed while open; an answer on the due day is on time', () => {
    const open = { state: 'assigned' as const, dueOn: '2026-03-06', answeredOn: null };
    expect(timelinessOf(open, '2026-03-06')).toBe('on_time');
    expect(timelinessOf(open, '2026-03-07')).toBe('overdue');
    expect(timelinessOf({ state: 'answered', dueOn: '2026-03-06', answeredOn: '2026-03-06' }, '2026-04-01')).toBe('on_time');
    expect(timelinessOf({ state: 'closed', dueOn: '2026-03-06', answeredOn: '2026-03-09' }, '2026-04-01')).toBe('answered_late');
  });

  it('measures the share answered on time over what is due or settled', () => {
    const share = answeredOnTimeShare(
      [
        { state: 'answered', dueOn: '2026-03-06', answeredOn: '2026-03-02' },
        { state: 'closed', dueOn: '2026-03-06', answeredOn: '2026-03-10' },
        { state: 'assigned', dueOn: '2026-03-06', answeredOn: null },
        { state: 'received', dueOn: '2026-04-30', answeredOn: null },
      ],
      '2026-03-20',
    );
    expect(share).toEqual({ due: 3, onTime: 1, late: 2, percent: 33.3 });
    expect(answeredOnTimeShare([], '2026-03-20').percent).toBeNull();
  });
});
