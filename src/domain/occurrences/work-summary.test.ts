import { describe, expect, it } from 'vitest';
import { countLate, dueWithin, lateByOrganization, progressByArea, type SummaryItem } from './work-summary';

const today = '2026-08-10';
const item = (over: Partial<SummaryItem>): SummaryItem => ({ reformArea: 'procedures', organizationId: 'khth', due: '2026-03-31', status: 'done', submittedOn: '2026-03-30', ...over });

describe("a body's year on its home page", () => {
  const items = [
    item({}),
    item({ due: '2026-03-31', status: 'in_progress', submittedOn: null }),
    item({ due: '2026-06-30', organizationId: 'tchc' }),
    item({ due: '2026-08-12', status: 'not_started', submittedOn: null }),
    item({ due: '2026-09-30', status: 'not_started', submittedOn: null, reformArea: 'communication' }),
    item({ due: null, status: 'not_started', submittedOn: null, reformArea: 'nonsense' }),
  ];

  it('counts the week ahead and the late work by the standing every page uses', () => {
    expect(dueWithin(items, today, 7)).toBe(1);
    expect(countLate(items, today)).toBe(1);
    expect(lateByOrganization(items, today)).toEqual([{ organizationId: 'khth', late: 1 }]);
  });

  it('gives each reform area its tally and the share done of each quarter once that quarter is over', () => {
    const areas = progressByArea(items, 2026, today);
    expect(areas.map((a) => a.area)).toEqual(['procedures', 'communication', 'other']);
    const procedures = areas[0]!;
    expect(procedures.tally).toMatchObject({ total: 4, done: 2, late: 1, due: 1 });
    expect(procedures.trend).toEqual([0.5, 1, null, null]);
    expect(areas[2]!.tally).toMatchObject({ total: 1, undated: 1 });
  });
});
