import { roundTodos } from './round-todos';

const can = { manage: false, review: false, publish: false, seeResults: false };
const draft = { state: 'draft' as const, reopened: false };
const sent = { state: 'submitted' as const, reopened: false };

describe('what a person must do in a round now', () => {
  it('asks a body to self-assess while its draft may still be sent', () => {
    expect(roundTodos({ phase: 'self_assessment', can }, [draft], true)).toEqual(['selfAssess']);
    expect(roundTodos({ phase: 'self_assessment', can }, [sent], true)).toEqual([]);
    expect(roundTodos({ phase: 'self_assessment', can }, [draft], false)).toEqual([]);
  });

  it('asks again after the deadline only when the review team reopened the draft', () => {
    expect(roundTodos({ phase: 'review', can }, [draft], true)).toEqual([]);
    expect(roundTodos({ phase: 'review', can }, [{ state: 'draft', reopened: true }], true)).toEqual(['selfAssess']);
  });

  it('asks a reviewer to review until the review closes, and the department of health to publish when it may', () => {
    expect(roundTodos({ phase: 'review', can: { ...can, review: true } }, [], false)).toEqual(['review']);
    expect(roundTodos({ phase: 'closed', can: { ...can, review: true, publish: true } }, [], false)).toEqual(['publish']);
  });
});
