import { describe, expect, it } from 'vitest';
import { REPORT_STATES } from '../../shared/report-vocabulary';
import { directChildBodies } from './children';
import { isEditable, moversTo, reportMove } from './workflow';

describe('report workflow', () => {
  it('approves a draft or a returned report, sends an approved one, and returns an approved or a sent one', () => {
    const moves = REPORT_STATES.flatMap((from) => REPORT_STATES.map((to) => [from, to, reportMove(from, to)?.by ?? null] as const)).filter(([, , by]) => by);
    expect(moves).toEqual([
      ['draft', 'approved', 'approver'],
      ['approved', 'submitted', 'sender'],
      ['approved', 'returned', 'approver'],
      ['submitted', 'returned', 'parent'],
      ['returned', 'approved', 'approver'],
    ]);
  });

  it('says who could ever make a move, for the 403 before the 409', () => {
    expect(moversTo('approved')).toEqual(['approver']);
    expect(moversTo('returned')).toEqual(['approver', 'parent']);
    expect(moversTo('draft')).toEqual([]);
  });

  it('lets the body edit only what it still holds', () => {
    expect(REPORT_STATES.filter(isEditable)).toEqual(['draft', 'returned']);
  });
});

describe('the bodies a report comes from', () => {
  it('takes the nearest bodies under the parent, not those under them', () => {
    const parent = { id: 's', path: '/s/' };
    const hospital = { id: 'h', path: '/s/h/' };
    const underUnit = { id: 'c', path: '/s/u/c/' };
    const grandchild = { id: 'g', path: '/s/h/x/g/' };
    expect(directChildBodies(parent, [parent, hospital, underUnit, grandchild, { id: 'o', path: '/o/' }])).toEqual([hospital, underUnit]);
  });
});
