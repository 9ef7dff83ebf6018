import { describe, expect, it } from 'vitest';
import { countsForBody, workByBody, type SourcedOccurrence } from './counted-work';

const period = (over: Partial<SourcedOccurrence>): SourcedOccurrence => ({
  taskId: 'task',
  planState: 'issued',
  planBodyId: 'bvsn',
  bodyId: 'bvsn',
  due: '2026-03-31',
  status: 'not_started',
  ...over,
});

describe("what counts as a body's work", () => {
  it('takes only plans in force: a draft or a plan waiting for approval asks nothing yet', () => {
    expect(countsForBody(period({ planState: 'issued' }), 'bvsn', new Set())).toBe(true);
    expect(countsForBody(period({ planState: 'closed' }), 'bvsn', new Set())).toBe(true);
    expect(countsForBody(period({ planState: 'draft' }), 'bvsn', new Set())).toBe(false);
    expect(countsForBody(period({ planState: 'submitted' }), 'bvsn', new Set())).toBe(false);
  });

  it("takes the body's own plans and what plans above assign to it, not what it assigns to bodies under it", () => {
    expect(countsForBody(period({ planBodyId: 'syt', bodyId: 'bvsn' }), 'bvsn', new Set())).toBe(true);
    expect(countsForBody(period({ planBodyId: 'syt', bodyId: 'bvsn' }), 'syt', new Set())).toBe(false);
  });

  it('counts each task once: a parent task its own plan carries out counts through its own plan', () => {
    const fromAbove = period({ planBodyId: 'syt', taskId: 'syt-task' });
    const ownCarrying = period({ planBodyId: 'bvsn', taskId: 'bvsn-task' });
    expect(countsForBody(fromAbove, 'bvsn', new Set(['syt-task']))).toBe(false);
    expect(countsForBody(ownCarrying, 'bvsn', new Set(['syt-task']))).toBe(true);
  });

  it('gives every period to at most one body, so a province adds up without double counting', () => {
    const items = [
      period({ planBodyId: 'syt', bodyId: 'syt', taskId: 'a' }),
      period({ planBodyId: 'syt', bodyId: 'bvsn', taskId: 'a' }),
      period({ planBodyId: 'syt', bodyId: 'ttyt', taskId: 'a' }),
      period({ planBodyId: 'ttyt', bodyId: 'ttyt', taskId: 'ttyt-a' }),
      period({ planBodyId: 'bvsn', bodyId: 'bvsn', taskId: 'draft', planState: 'draft' }),
    ];
    const byBody = workByBody(items, new Map([['ttyt', new Set(['a'])]]));
    expect(byBody.get('syt')).toHaveLength(1);
    expect(byBody.get('bvsn')).toHaveLength(1);
    expect(byBody.get('ttyt')!.map((o) => o.taskId)).toEqual(['ttyt-a']);
    const counted = [...byBody.values()].flat();
    expect(new Set(counted).size).toBe(counted.length);
  });
});
