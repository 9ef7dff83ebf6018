import { describe, expect, it } from 'vitest';
import { feedbackCounts, sumFeedbackCounts } from './counts';

describe('counting feedback over a period', () => {
  const items = [
    { state: 'answered' as const, dueOn: '2026-03-06', answeredOn: '2026-03-02' },
    { state: 'closed' as const, dueOn: '2026-03-06', answeredOn: '2026-03-10' },
    { state: 'assigned' as const, dueOn: '2026-03-06', answeredOn: null },
    { state: 'received' as const, dueOn: '2026-04-30', answeredOn: null },
    { state: 'refused' as const, dueOn: '2026-04-30', answeredOn: '2026-03-05' },
  ];

  it('tells received, answered, refused, open, overdue and late apart, and the share on time', () => {
    expect(feedbackCounts(items, '2026-03-20')).toEqual({ received: 5, answered: 2, refused: 1, open: 2, overdue: 1, answeredLate: 1, due: 4, onTime: 2, onTimePercent: 50 });
  });

  it('judges a past period as it stood on its last day: an answer given later did not exist yet', () => {
    // On 08/03 the item answered on 10/03 was still open and already past due.
    expect(feedbackCounts(items, '2026-03-08')).toMatchObject({ answered: 1, open: 3, overdue: 2, answeredLate: 0, refused: 1 });
  });

  it('adds bodies up and recomputes the share from the sums', () => {
    const a = feedbackCounts(items.slice(0, 2), '2026-03-20');
    const b = feedbackCounts(items.slice(2), '2026-03-20');
    expect(sumFeedbackCounts([a, b])).toEqual(feedbackCounts(items, '2026-03-20'));
    expect(sumFeedbackCounts([]).onTimePercent).toBeNull();
  });
});
