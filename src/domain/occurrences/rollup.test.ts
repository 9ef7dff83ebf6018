import { describe, expect, it } from 'vitest';
import { combine, rollUp } from './rollup';

describe('progress roll-up', () => {
  const tasks = [
    { id: 'a', reformArea: 'procedures', weight: 1 },
    { id: 'b', reformArea: 'procedures', weight: 3 },
    { id: 'c', reformArea: 'communication', weight: 1 },
    { id: 'd', reformArea: 'communication', weight: 1 },
  ];
  const occurrences = [
    { taskId: 'a', status: 'done' as const, lateness: 'not_late' as const },
    { taskId: 'a', status: 'in_progress' as const, lateness: 'overdue' as const },
    { taskId: 'b', status: 'done' as const, lateness: 'finished_late' as const },
    { taskId: 'c', status: 'not_applicable' as const, lateness: 'not_late' as const },
    { taskId: 'c', status: 'not_started' as const, lateness: 'not_late' as const },
  ];

  it('counts done and late at every level, leaving out what does not apply', () => {
    const r = rollUp(tasks, occurrences);
    expect(r.tasks.find((t) => t.taskId === 'a')).toMatchObject({ total: 2, done: 1, late: 1, shareDone: 0.5 });
    expect(r.areas.find((a) => a.reformArea === 'procedures')).toMatchObject({ total: 3, done: 2, late: 2 });
    expect(r.plan).toMatchObject({ total: 5, done: 2, notApplicable: 1, late: 2, shareDone: 0.5 });
  });

  it('weighs tasks by their weight, and ignores tasks without occurrences', () => {
    const r = rollUp(tasks, occurrences);
    // procedures: a 0.5 × 1 + b 1 × 3 = 3.5 / 4
    expect(r.areas.find((a) => a.reformArea === 'procedures')!.weightedShareDone).toBeCloseTo(0.875);
    // plan: (0.5 + 3 + 0 [c]) / 5, d has no occurrence
    expect(r.plan.weightedShareDone).toBeCloseTo(0.7);
  });

  it('adds a parent plan and its children up', () => {
    const own = rollUp(tasks, occurrences).plan;
    const total = combine([own, own]);
    expect(total).toMatchObject({ total: 10, done: 4, late: 4, shareDone: 0.5 });
  });
});
