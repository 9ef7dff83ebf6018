/** The numbers of a report add up: areas and units to the totals, and a tổng hợp to its bodies' reports. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OCCURRENCE_STATUSES } from '../calendar';
import { REFORM_AREAS } from '../../shared/plan-vocabulary';
import { aggregateReports, type SubmittedReport } from './aggregate';
import { emptyTexts } from './sections';
import { addCounts, compileWork, emptyCounts, type WorkCounts, type WorkFact } from './work';

const day = fc.integer({ min: 1, max: 90 }).map((n) => new Date(Date.UTC(2026, 0, n)).toISOString().slice(0, 10));
const optionalDay = fc.option(day, { nil: null });

const workFact: fc.Arbitrary<WorkFact> = fc.record({
  task: fc.constantFrom('Tin bài', 'Rà soát TTHC', 'Tập huấn', 'Khảo sát'),
  reformArea: fc.constantFrom(...REFORM_AREAS, 'unknown'),
  unitId: fc.constantFrom('a', 'b', 'c'),
  unit: fc.constant(''),
  due: day,
  status: fc.constantFrom(...OCCURRENCE_STATUSES),
  submittedOn: optionalDay,
  completedOn: optionalDay,
}).map((f) => ({ ...f, unit: `Đơn vị ${f.unitId}` }));

const sum = (list: readonly WorkCounts[]) => list.reduce(addCounts, emptyCounts());
const consistent = (c: WorkCounts) => c.done + c.late + c.notDue === c.total && c.doneLate <= c.done;

describe('report numbers', () => {
  it('add up: outcomes to the total, areas and units to the totals, lines to the periods', () => {
    fc.assert(
      fc.property(fc.array(workFact, { maxLength: 60 }), day, (facts, asOf) => {
        const work = compileWork(facts, asOf);
        expect(consistent(work.totals)).toBe(true);
        expect(sum(work.areas.map((a) => a.counts))).toEqual(work.totals);
        expect(sum(work.units.map((u) => u.counts))).toEqual(work.totals);
        expect(work.totals.total + work.notApplicable).toBe(facts.length);
        for (const area of work.areas) {
          expect(consistent(area.counts)).toBe(true);
          for (const outcome of ['done', 'late', 'notDue'] as const) expect(area.lines[outcome].reduce((n, l) => n + l.periods, 0)).toBe(area.counts[outcome]);
        }
      }),
    );
  });

  it('add up across bodies in a tổng hợp, and keep each body under its name', () => {
    const body = fc.record({ facts: fc.array(workFact, { maxLength: 30 }), published: fc.nat(20), items: fc.nat(20), onTime: fc.boolean() });
    fc.assert(
      fc.property(fc.array(body, { maxLength: 5 }), fc.nat(3), (bodies, extraChildren) => {
        const reports: SubmittedReport[] = bodies.map((b, i) => ({
          organization: { id: `b${i}`, code: `B${i}`, name: `Đơn vị ${i}` },
          reportId: `r${i}`,
          submittedAt: '2026-03-30T03:00:00.000Z',
          submittedOn: b.onTime ? '2026-03-30' : '2026-04-02',
          dueOn: '2026-03-31',
          texts: { ...emptyTexts(), difficulties: `Khó khăn của đơn vị ${i}` },
          sections: {
            work: compileWork(b.facts, '2026-03-31'),
            communication: { byChannel: [{ key: 'website', label: 'Trang TTĐT', published: b.published, items: b.items }], byKind: [], total: { published: b.published, items: b.items } },
            indices: [],
            aggregate: null,
          },
        }));
        const children = [...reports.map((r) => r.organization), ...Array.from({ length: extraChildren }, (_, i) => ({ id: `x${i}`, code: `X${i}`, name: `Chưa gửi ${i}` }))];
        const aggregate = aggregateReports(reports, children);
        expect(aggregate.totals).toEqual(sum(reports.map((r) => r.sections.work.totals)));
        expect(sum(aggregate.areas.map((a) => a.counts))).toEqual(aggregate.totals);
        for (const area of aggregate.areas) expect(area.counts).toEqual(sum(aggregate.bodies.map((b) => b.areas.find((a) => a.area === area.area)!.counts)));
        expect(aggregate.communication.total.published).toBe(bodies.reduce((n, b) => n + b.published, 0));
        expect(aggregate.communication.byChannel.reduce((n, r) => n + r.items, 0)).toBe(aggregate.communication.total.items);
        expect(aggregate.bodies.map((b) => b.texts.difficulties)).toEqual(reports.map((r) => r.texts.difficulties));
        expect(aggregate.bodies.map((b) => b.onTime)).toEqual(bodies.map((b) => b.onTime));
        expect(aggregate.missing).toHaveLength(extraChildren);
      }),
    );
  });
});
