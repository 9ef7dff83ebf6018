import { describe, expect, it } from 'vitest';
import { formatMonthVi, isMonth, newSubmissions, notSendableReason } from './good-practices';

describe('good-practice months', () => {
  it('takes yyyy-mm and nothing else', () => {
    expect(['2026-11', '2026-01', '2099-12'].map(isMonth)).toEqual([true, true, true]);
    expect(['2026-13', '2026-00', '2026-1', '11/2026', '2026-11-01', '1999-05', ''].map(isMonth)).toEqual([false, false, false, false, false, false, false]);
  });

  it('shows the month as mm/yyyy', () => {
    expect(formatMonthVi('2026-03')).toBe('03/2026');
  });
});

describe('what a body may send', () => {
  const item = { id: 'a', organizationId: 'bvsn', state: 'published', goodPractice: true };

  it('sends its own published good practices', () => {
    expect(notSendableReason(item, 'bvsn')).toBeNull();
  });

  it("refuses another body's item, an unmarked item and an unpublished one", () => {
    expect(notSendableReason(item, 'ttyt')).toBe('ITEM_NOT_FOUND');
    expect(notSendableReason(undefined, 'bvsn')).toBe('ITEM_NOT_FOUND');
    expect(notSendableReason({ ...item, goodPractice: false }, 'bvsn')).toBe('NOT_GOOD_PRACTICE');
    for (const state of ['draft', 'submitted', 'approved', 'unpublished']) expect(notSendableReason({ ...item, state }, 'bvsn')).toBe('NOT_PUBLISHED');
  });

  it('adds only what was not sent that month, once each', () => {
    expect(newSubmissions(['b', 'a', 'b', 'c'], new Set(['a']))).toEqual(['b', 'c']);
    expect(newSubmissions(['a'], new Set(['a']))).toEqual([]);
  });
});
