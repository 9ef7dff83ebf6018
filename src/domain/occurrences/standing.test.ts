import { describe, expect, it } from 'vitest';
import { shareDone, standingOf, tallyWork } from './standing';

const today = '2026-05-10';

describe('where a period of work stands', () => {
  it('is done once accepted, and says when it was handed in after its due date', () => {
    expect(standingOf({ due: '2026-03-31', status: 'done', submittedOn: '2026-03-30', completedOn: '2026-04-02' }, today)).toEqual({ standing: 'done', finishedLate: false });
    expect(standingOf({ due: '2026-03-31', status: 'done', submittedOn: '2026-04-03', completedOn: '2026-04-05' }, today)).toEqual({ standing: 'done', finishedLate: true });
  });

  it('is late when open past its due date, or handed in after it and not yet accepted', () => {
    expect(standingOf({ due: '2026-04-30', status: 'in_progress' }, today).standing).toBe('late');
    expect(standingOf({ due: '2026-04-30', status: 'submitted', submittedOn: '2026-05-02' }, today).standing).toBe('late');
  });

  it('is due while its date is ahead, or when handed in on time and waiting for review', () => {
    expect(standingOf({ due: '2026-06-30', status: 'not_started' }, today).standing).toBe('due');
    expect(standingOf({ due: '2026-05-09', status: 'submitted', submittedOn: '2026-05-08' }, today).standing).toBe('due');
    expect(standingOf({ due: today, status: 'in_progress' }, today).standing).toBe('due');
  });

  it('is undated when its task has no deadline understood, whatever its status; not applicable stays apart', () => {
    expect(standingOf({ due: null, status: 'in_progress' }, today).standing).toBe('undated');
    expect(standingOf({ due: null, status: 'done', completedOn: '2026-01-01' }, today).standing).toBe('undated');
    expect(standingOf({ due: null, status: 'not_applicable' }, today).standing).toBe('notApplicable');
    expect(standingOf({ due: '2026-01-01', status: 'not_applicable' }, today).standing).toBe('notApplicable');
  });
});

describe('a tally of work', () => {
  it('adds up to its total and gives the share done of what applies', () => {
    const tally = tallyWork(
      [
        { due: '2026-03-31', status: 'done', submittedOn: '2026-04-01' },
        { due: '2026-03-31', status: 'done', submittedOn: '2026-03-01' },
        { due: '2026-04-30', status: 'not_started' },
        { due: '2026-12-31', status: 'not_started' },
        { due: '2026-12-31', status: 'not_applicable' },
        { due: null, status: 'not_started' },
      ],
      today,
    );
    expect(tally).toEqual({ total: 6, done: 2, doneLate: 1, late: 1, due: 1, notApplicable: 1, undated: 1 });
    expect(tally.done + tally.late + tally.due + tally.notApplicable + tally.undated).toBe(tally.total);
    expect(shareDone(tally)).toBeCloseTo(2 / 5);
    expect(shareDone(tallyWork([], today))).toBeNull();
  });
});
