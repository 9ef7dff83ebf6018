import { describe, expect, it } from 'vitest';
import { reviewOutcome, unitUpdateProblem } from './updates';

describe('occurrence updates', () => {
  it('lets a department work, submit or mark not applicable, never mark done', () => {
    expect(unitUpdateProblem({ status: 'not_started', detached: false }, 'in_progress')).toBeNull();
    expect(unitUpdateProblem({ status: 'in_progress', detached: false }, 'submitted')).toBeNull();
    expect(unitUpdateProblem({ status: 'in_progress', detached: false }, 'done')).toBe('STATUS_RESERVED_FOR_REVIEW');
    expect(unitUpdateProblem({ status: 'done', detached: false }, 'in_progress')).toBe('OCCURRENCE_CLOSED');
    expect(unitUpdateProblem({ status: 'in_progress', detached: true }, undefined)).toBe('OCCURRENCE_DETACHED');
  });

  it('reviews only submitted work', () => {
    expect(reviewOutcome('submitted', 'accept')).toBe('done');
    expect(reviewOutcome('submitted', 'return')).toBe('in_progress');
    expect(reviewOutcome('in_progress', 'accept')).toBeNull();
  });
});
