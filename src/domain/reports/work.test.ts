import { describe, expect, it } from 'vitest';
import { compileWork, outcomeOf, type DatedWorkFact } from './work';

const fact = (over: Partial<DatedWorkFact>): DatedWorkFact => ({
  task: 'Đăng tin bài về CCHC',
  reformArea: 'communication',
  unitId: 'tchc',
  unit: 'Phòng Tổ chức hành chính',
  due: '2026-03-20',
  status: 'not_started',
  submittedOn: null,
  completedOn: null,
  ...over,
});

describe('the outcome of a period of work, as of the end of the report period', () => {
  const asOf = '2026-03-31';

  it('counts accepted work as done, and says when it was handed in late', () => {
    expect(outcomeOf(fact({ status: 'done', submittedOn: '2026-03-18', completedOn: '2026-03-19' }), asOf)).toEqual({ outcome: 'done', finishedLate: false });
    expect(outcomeOf(fact({ status: 'done', submittedOn: '2026-03-25', completedOn: '2026-03-26' }), asOf)).toEqual({ outcome: 'done', finishedLate: true });
  });

  it('counts open work past its due date as late, and work due later or handed in on time as not yet due', () => {
    expect(outcomeOf(fact({ status: 'in_progress' }), asOf).outcome).toBe('late');
    expect(outcomeOf(fact({ due: '2026-03-31' }), asOf).outcome).toBe('notDue');
    expect(outcomeOf(fact({ status: 'submitted', submittedOn: '2026-03-19' }), asOf).outcome).toBe('notDue');
    expect(outcomeOf(fact({ status: 'submitted', submittedOn: '2026-03-28' }), asOf).outcome).toBe('late');
  });

  it('reads work finished after the period as it stood at the period end', () => {
    expect(outcomeOf(fact({ status: 'done', submittedOn: '2026-05-02', completedOn: '2026-05-03' }), asOf).outcome).toBe('late');
    expect(outcomeOf(fact({ status: 'done', submittedOn: '2026-03-19', completedOn: '2026-04-03' }), asOf).outcome).toBe('notDue');
    expect(outcomeOf(fact({ status: 'submitted', submittedOn: '2026-04-02' }), asOf).outcome).toBe('late');
  });

  it('leaves out work marked not applicable', () => {
    expect(outcomeOf(fact({ status: 'not_applicable' }), asOf).outcome).toBe('notApplicable');
  });
});

describe('section I: work by reform area and by unit', () => {
  it('counts, names each task once per unit and outcome, and lists every area in order', () => {
    const work = compileWork(
      [
        fact({ due: '2026-01-31', status: 'done', completedOn: '2026-01-30' }),
        fact({ due: '2026-02-28', status: 'done', completedOn: '2026-02-27' }),
        fact({ due: '2026-03-31' }),
        fact({ task: 'Rà soát TTHC', reformArea: 'procedures', unitId: 'khnv', unit: 'Phòng Kế hoạch - Nghiệp vụ', due: '2026-03-15' }),
        fact({ task: 'Khảo sát', reformArea: 'unknown-area', status: 'not_applicable' }),
      ],
      '2026-03-31',
    );
    expect(work.areas.map((a) => a.area)).toEqual(['institutions', 'procedures', 'apparatus', 'civil_service', 'public_finance', 'digital_government', 'communication', 'other']);
    const communication = work.areas.find((a) => a.area === 'communication')!;
    expect(communication.counts).toEqual({ total: 3, done: 2, doneLate: 0, late: 0, notDue: 1 });
    expect(communication.lines.done).toEqual([{ task: 'Đăng tin bài về CCHC', unit: 'Phòng Tổ chức hành chính', periods: 2, lastDue: '2026-02-28' }]);
    expect(work.areas.find((a) => a.area === 'procedures')!.lines.late).toEqual([{ task: 'Rà soát TTHC', unit: 'Phòng Kế hoạch - Nghiệp vụ', periods: 1, lastDue: '2026-03-15' }]);
    expect(work.totals).toEqual({ total: 4, done: 2, doneLate: 0, late: 1, notDue: 1 });
    expect(work.notApplicable).toBe(1);
    expect(work.units.map((u) => [u.name, u.counts.total])).toEqual([
      ['Phòng Kế hoạch - Nghiệp vụ', 1],
      ['Phòng Tổ chức hành chính', 3],
    ]);
  });
});

describe('undated work in a report', () => {
  it('is said apart, never counted as due, late or done', () => {
    const work = compileWork([fact({ due: '2026-02-10', status: 'done', submittedOn: '2026-02-01', completedOn: '2026-02-02' }), { ...fact({}), due: null }, { ...fact({ status: 'done' }), due: null }, { ...fact({ status: 'not_applicable' }), due: null }], '2026-03-31');
    expect(work.totals).toEqual({ total: 1, done: 1, doneLate: 0, late: 0, notDue: 0 });
    expect(work.undated).toBe(2);
  });
});
