import { describe, expect, it } from 'vitest';
import { choiceOf, codeFor, proposalOf, resolveKey } from './choices';

describe('import picker choices', () => {
  it('turns a match into a picker value and a proposal back into what to create', () => {
    expect(choiceOf({ kind: 'organization', id: 'o1', name: 'Phòng TCHC', confidence: 0.9 })).toBe('organization:o1');
    expect(choiceOf({ kind: 'new_external', name: 'Báo Lào Cai: chuyên mục' })).toBe('new_external:Báo Lào Cai: chuyên mục');
    expect(proposalOf('new_external:Báo Lào Cai: chuyên mục')).toEqual({ kind: 'new_external', name: 'Báo Lào Cai: chuyên mục' });
    expect(proposalOf('group:g1')).toBeNull();
    expect(choiceOf(undefined)).toBeNull();
  });

  it('resolves created proposals first, then plain references', () => {
    const created = new Map([['new_unit:Khoa Dược', { type: 'organization' as const, id: 'new-id' }]]);
    expect(resolveKey('new_unit:Khoa Dược', created)).toEqual({ type: 'organization', id: 'new-id' });
    expect(resolveKey('external:e1', created)).toEqual({ type: 'external', id: 'e1' });
  });

  it('makes a valid, unused code for a new department from its initials', () => {
    expect(codeFor('Khoa Dược', new Set())).toBe('KD');
    expect(codeFor('Phòng Đào tạo', new Set(['PĐT']))).toBe('PDT');
    expect(codeFor('Khoa Da liễu', new Set(['KDL']))).toBe('KDL-2');
  });
});
