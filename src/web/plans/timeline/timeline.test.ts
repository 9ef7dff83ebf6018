import { quarterOf, quarterSpan, taskTimeline, unitQuarterCounts } from './timeline';

const occ = (organizationId: string, start?: string, end?: string, due?: string, detached = false) => ({ id: `${organizationId}${start}${due}`, organizationId, start, end, due, status: 'not_started', progress: 0, detached });

describe('the quarterly timeline', () => {
  it('knows the quarters of a year', () => {
    expect(quarterSpan(2026, 2)).toEqual(['2026-04-01', '2026-06-30']);
    expect(quarterOf('2026-09-30', 2026)).toBe(3);
    expect(quarterOf('2027-01-15', 2026)).toBeNull();
  });

  it('marks the quarters a task works in, its due dates, and each unit’s count', () => {
    // "Quý II–III/2026" for two units: one period each, due at its end.
    const timeline = taskTimeline([occ('a', '2026-04-01', '2026-09-30', '2026-09-30'), occ('b', '2026-04-01', '2026-09-30', '2026-09-30')], 2026);
    expect(timeline.quarters.map((q) => q.active)).toEqual([false, true, true, false]);
    expect(timeline.quarters[2]?.dues).toEqual(['2026-09-30']);
    expect(timeline.perUnit).toEqual([
      { organizationId: 'a', count: 1 },
      { organizationId: 'b', count: 1 },
    ]);
    expect(timeline.onDemand).toBe(false);
  });

  it('leaves out detached occurrences and tells on-demand work apart', () => {
    const timeline = taskTimeline([occ('a'), occ('b', '2026-01-01', '2026-03-31', '2026-03-31', true)], 2026);
    expect(timeline.onDemand).toBe(true);
    expect(timeline.quarters.every((q) => !q.active)).toBe(true);
  });

  it('counts occurrences per unit in the quarter they are due', () => {
    const quarterly = ['03-31', '06-30', '09-30', '12-31'].map((d) => occ('a', undefined, undefined, `2026-${d}`));
    const counts = unitQuarterCounts([{ occurrences: quarterly }, { occurrences: [occ('a'), occ('b', '2026-04-01', '2026-06-30', '2026-06-30')] }], 2026);
    expect(counts).toEqual([
      { organizationId: 'a', quarters: [1, 1, 1, 1], total: 5 },
      { organizationId: 'b', quarters: [0, 1, 0, 0], total: 1 },
    ]);
  });
});
