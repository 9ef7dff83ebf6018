import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsForBody, workByBody, type SourcedOccurrence } from './counted-work';
import { tallyWork } from './standing';

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

describe('counted work on generated provinces', () => {
  const bodies = ['syt', 'bv1', 'bv2', 'ttyt'];
  const arbitraryPeriod = fc.record({
    taskId: fc.constantFrom('t1', 't2', 't3', 't4', 't5'),
    planState: fc.constantFrom('draft', 'submitted', 'issued', 'closed'),
    planBodyId: fc.constantFrom(...bodies),
    bodyId: fc.constantFrom(...bodies),
    due: fc.option(fc.constantFrom('2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'), { nil: null }),
    status: fc.constantFrom('not_started', 'in_progress', 'submitted', 'done', 'not_applicable') as fc.Arbitrary<SourcedOccurrence['status']>,
    submittedOn: fc.option(fc.constantFrom('2026-03-01', '2026-07-15'), { nil: null }),
  });
  const carried = fc.dictionary(fc.constantFrom(...bodies), fc.uniqueArray(fc.constantFrom('t1', 't2', 't3', 't4', 't5')));

  it('gives each body exactly the periods countsForBody accepts, and the province adds up to its bodies', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPeriod, { maxLength: 60 }), carried, (items, carriedBy) => {
        const carriedByBody = new Map(Object.entries(carriedBy).map(([body, tasks]) => [body, new Set(tasks)]));
        const byBody = workByBody(items, carriedByBody);
        for (const body of bodies) {
          const expected = items.filter((o) => countsForBody(o, body, carriedByBody.get(body) ?? new Set()));
          expect(byBody.get(body) ?? []).toEqual(expected);
        }
        const today = '2026-08-01';
        const province = tallyWork([...byBody.values()].flat(), today);
        const summed = bodies.map((b) => tallyWork(byBody.get(b) ?? [], today)).reduce((a, t) => ({ ...a, total: a.total + t.total, late: a.late + t.late, done: a.done + t.done, undated: a.undated + t.undated }));
        expect([summed.total, summed.late, summed.done, summed.undated]).toEqual([province.total, province.late, province.done, province.undated]);
        expect(province.total).toBeLessThanOrEqual(items.filter((o) => o.planState === 'issued' || o.planState === 'closed').length);
      }),
    );
  });
});
