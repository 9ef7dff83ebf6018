import { describe, expect, it } from 'vitest';
import { SIPAS_ASPECTS } from '../../shared/survey-vocabulary';
import { satisfactionOf, satisfactionReport, scaleDistribution } from './satisfaction';
import { SIPAS_TEMPLATE } from './sipas-template';

describe('the satisfaction rate', () => {
  it('is the share of "hài lòng" and "rất hài lòng" among the answers given', () => {
    expect(satisfactionOf([5, 4, 3, 2, null])).toEqual({ answered: 4, satisfied: 2, percent: 50 });
    expect(satisfactionOf([4, 4, 5])).toMatchObject({ percent: 100 });
    expect(satisfactionOf([3, 5, 5]).percent).toBe(66.7);
    expect(satisfactionOf([null]).percent).toBeNull();
  });

  it('is given overall, per SIPAS aspect and per month in order', () => {
    const report = satisfactionReport([
      { aspect: 'staff', point: 5, answeredOn: '2026-03-02' },
      { aspect: 'staff', point: 2, answeredOn: '2026-02-10' },
      { aspect: 'access', point: 4, answeredOn: '2026-02-11' },
      { aspect: null, point: 3, answeredOn: '2026-03-05' },
    ]);
    expect(report.overall).toMatchObject({ answered: 4, satisfied: 2, percent: 50 });
    expect(report.aspects).toEqual([
      { aspect: 'staff', answered: 2, satisfied: 1, percent: 50 },
      { aspect: 'access', answered: 1, satisfied: 1, percent: 100 },
    ]);
    expect(report.months.map((m) => [m.month, m.percent])).toEqual([['2026-02', 50], ['2026-03', 50]]);
  });

  it('counts each point of a scale question for its chart', () => {
    expect(scaleDistribution([1, 5, 5, 4, null, 7])).toEqual([1, 0, 0, 1, 2]);
  });
});

describe('the SIPAS template', () => {
  it('measures each of the five aspects with scale questions, all in Vietnamese', () => {
    const aspects = new Set(SIPAS_TEMPLATE.questions.filter((q) => q.kind === 'scale').map((q) => q.aspect));
    expect([...aspects].sort()).toEqual([...SIPAS_ASPECTS].sort());
    for (const q of SIPAS_TEMPLATE.questions) {
      expect(q.text.length).toBeGreaterThan(5);
      if (q.kind === 'single' || q.kind === 'multiple') expect(q.choices!.length).toBeGreaterThan(1);
    }
  });
});
