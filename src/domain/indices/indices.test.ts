import { tasksOnTime } from './kpis';
import { formatRank, metTarget } from './rank';

describe('index ranks', () => {
  it('quotes ranks as the results do', () => {
    expect(formatRank(6, 63)).toBe('06/63');
    expect(formatRank(12, 34)).toBe('12/34');
    expect(formatRank(3, null)).toBe('03');
    expect(formatRank(null, 63)).toBeNull();
  });

  it('compares with the target: a higher score or a smaller rank is better', () => {
    expect(metTarget({ value: '89.52', rank: null }, { value: '88', rank: null })).toBe(true);
    expect(metTarget({ value: '87.1', rank: null }, { value: '88', rank: null })).toBe(false);
    expect(metTarget({ value: null, rank: 6 }, { value: null, rank: 10 })).toBe(true);
    expect(metTarget({ value: null, rank: 12 }, { value: null, rank: 10 })).toBe(false);
    expect(metTarget({ value: null, rank: null }, { value: '88', rank: null })).toBeNull();
  });
});

describe('work done on time', () => {
  const today = '2026-07-15';
  it('counts what fell due up to today, on time only when handed in by the due date and accepted', () => {
    const kpi = tasksOnTime(
      [
        { due: '2026-03-31', status: 'done', submittedOn: '2026-03-30', completedOn: '2026-04-02' },
        { due: '2026-03-31', status: 'done', submittedOn: '2026-04-05', completedOn: '2026-04-06' },
        { due: '2026-06-30', status: 'in_progress', submittedOn: null, completedOn: null },
        { due: '2026-06-30', status: 'not_applicable', submittedOn: null, completedOn: null },
        { due: '2026-09-30', status: 'not_started', submittedOn: null, completedOn: null },
        { due: '2025-12-31', status: 'done', submittedOn: '2025-12-01', completedOn: '2025-12-02' },
        { due: null, status: 'in_progress', submittedOn: null, completedOn: null },
      ],
      2026,
      today,
    );
    // The undated period is said apart: it can be neither on time nor late.
    expect(kpi).toEqual({ due: 3, onTime: 1, late: 2, undated: 1, share: 1 / 3 });
  });

  it('has no share when nothing has fallen due', () => {
    expect(tasksOnTime([], 2026, today).share).toBeNull();
  });
});
