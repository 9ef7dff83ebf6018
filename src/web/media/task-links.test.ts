import type { PlanDetailDto } from '../api/types';
import { linksFromItem, linksToBody, linkTree, plansForBody } from './task-links';

const names = { organization: (id: string) => `Khoa ${id}`, date: (iso: string) => iso.split('-').reverse().join('/'), period: (due: string, unit: string) => `Kỳ hạn ${due} · ${unit}`, ours: (id: string) => id !== 'other-body' };

describe('links between an item and the tasks it fulfils', () => {
  it('keeps a whole task and a single period apart, both ways', () => {
    const links = linksFromItem([
      { id: 't1', title: 'Tuyên truyền CCHC', planId: 'p1', occurrenceId: null },
      { id: 't2', title: 'Đăng tin hằng quý', planId: 'p1', occurrenceId: 'o7' },
    ]);
    expect(links).toEqual(['task:t1', 'occ:o7']);
    expect(linksToBody(links)).toEqual({ taskIds: ['t1'], occurrenceIds: ['o7'] });
    expect(linksToBody(undefined)).toEqual({ taskIds: [], occurrenceIds: [] });
  });

  it('shows an unopened plan as a closed folder, and an opened one with its tasks and their periods by due date', () => {
    const plan = { id: 'p1', numberAndSymbol: '03/KH-BVSN', title: 'Kế hoạch tuyên truyền CCHC năm 2026' };
    const closed = linkTree([plan], new Map(), names);
    expect(closed).toEqual([
      { value: 'plan:p1', title: '03/KH-BVSN — Kế hoạch tuyên truyền CCHC năm 2026', label: '03/KH-BVSN — Kế hoạch tuyên truyền CCHC năm 2026', selectable: false, isLeaf: false, children: undefined },
    ]);

    const occurrence = (id: string, due: string, detached = false) => ({ id, organizationId: 'u1', status: 'not_started', progress: 0, detached, due });
    const detail = {
      ...plan,
      tasks: [
        {
          id: 't1',
          number: '1',
          title: 'Đăng tin hằng quý',
          occurrences: [occurrence('o2', '2026-06-30'), occurrence('o1', '2026-03-31'), occurrence('o9', '2026-09-30', true), { ...occurrence('o5', '2026-03-31'), organizationId: 'other-body' }],
        },
        { id: 't2', number: '', title: 'Pano, áp phích', occurrences: [] },
      ],
    } as unknown as PlanDetailDto;
    const [opened] = linkTree([plan], new Map([['p1', detail]]), names);
    expect(opened!.isLeaf).toBe(false);
    expect(opened!.children!.map((c) => [c.value, c.title, c.isLeaf])).toEqual([
      ['task:t1', '1. Đăng tin hằng quý', false],
      ['task:t2', 'Pano, áp phích', true],
    ]);
    // Neither a period taken off the task (detached) nor another body's period is offered.
    expect(opened!.children![0]!.children!.map((c) => [c.value, c.title])).toEqual([
      ['occ:o1', 'Kỳ hạn 31/03/2026 · Khoa u1'],
      ['occ:o2', 'Kỳ hạn 30/06/2026 · Khoa u1'],
    ]);
    // Once chosen, a period shows with its task's name.
    expect(opened!.children![0]!.children![0]!.label).toBe('1. Đăng tin hằng quý — Kỳ hạn 31/03/2026 · Khoa u1');
  });

  it('offers the body its own plans and those above it, not the plans of the bodies under it', () => {
    const parents: Record<string, string | null> = { syt: null, bvsn: 'syt', bvsnKhoa: 'bvsn', ttyt: 'syt' };
    const plans = ['syt', 'bvsn', 'ttyt'].map((org) => ({ id: `plan-${org}`, organization: { id: org, code: org, name: org } }));
    expect(plansForBody(plans, 'bvsn', (id) => parents[id]).map((p) => p.id)).toEqual(['plan-syt', 'plan-bvsn', 'plan-ttyt']);
    expect(plansForBody(plans, 'syt', (id) => parents[id]).map((p) => p.id)).toEqual(['plan-syt']);
  });
});
