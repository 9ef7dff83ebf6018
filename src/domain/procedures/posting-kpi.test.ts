import { describe, expect, it } from 'vitest';
import { addPostingCounts, postingCounts } from './posting-kpi';

describe('the share of procedures in force that are posted as they stand', () => {
  it('counts only procedures in force, and splits them into posted, stale and never posted', () => {
    const counts = postingCounts([
      { status: 'in_force', standing: 'posted' },
      { status: 'in_force', standing: 'posted' },
      { status: 'in_force', standing: 'stale' },
      { status: 'in_force', standing: 'not_posted' },
      { status: 'abolished', standing: 'stale' },
      { status: 'replaced', standing: 'posted' },
      { status: 'not_yet_in_force', standing: 'not_posted' },
    ]);
    expect(counts).toEqual({ inForce: 4, posted: 2, stale: 1, notPosted: 1, percent: 50 });
  });

  it('rounds to one decimal and has no share when nothing is in force', () => {
    expect(postingCounts([{ status: 'in_force', standing: 'posted' }, { status: 'in_force', standing: 'posted' }, { status: 'in_force', standing: 'stale' }]).percent).toBe(66.7);
    expect(postingCounts([]).percent).toBeNull();
  });

  it('adds bodies up and takes the share from the sums, not an average of shares', () => {
    const one = postingCounts([{ status: 'in_force', standing: 'posted' }]);
    const three = postingCounts([{ status: 'in_force', standing: 'stale' }, { status: 'in_force', standing: 'not_posted' }, { status: 'in_force', standing: 'posted' }]);
    expect(addPostingCounts([one, three])).toEqual({ inForce: 4, posted: 2, stale: 1, notPosted: 1, percent: 50 });
    expect(addPostingCounts([]).percent).toBeNull();
  });
});
