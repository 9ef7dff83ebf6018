import { acceptRest, reasonsMissing, reviewChanges, selfChanges, selfTotal, unscored, type Leaf } from './score-drafts';

const leaf = (code: string, selfPoints: number | null, more: Partial<Leaf> = {}): Leaf => ({ code, maxPoints: 3, selfPoints, selfNote: null, reviewPoints: null, reviewReason: null, ...more });
const leaves = [leaf('1.1', 1), leaf('1.2', null), leaf('2.1', 2.5, { reviewPoints: 2, reviewReason: 'Thiếu báo cáo' })];

describe('the scores typed on the assessment page', () => {
  it('sends only the body’s scores and notes that differ from what is saved', () => {
    const drafts = { '1.1': { points: 1, note: '  ' }, '1.2': { points: 1.5, note: 'Theo số liệu' }, '2.1': { points: 2.5, note: 'Có kế hoạch' } };
    expect(selfChanges(leaves, drafts)).toEqual([
      { code: '1.2', points: 1.5, note: 'Theo số liệu' },
      { code: '2.1', points: 2.5, note: 'Có kế hoạch' },
    ]);
  });

  it('adds up the boxes as they read and counts the criteria still empty', () => {
    expect(selfTotal(leaves, {})).toBe(3.5);
    expect(selfTotal(leaves, { '1.2': { points: 0.25, note: '' } })).toBe(3.75);
    expect(unscored(leaves, {})).toEqual(['1.2']);
    expect(unscored(leaves, { '1.2': { points: 0, note: '' } })).toEqual([]);
  });

  it('asks the review team for a reason only where its score differs from the body’s', () => {
    const drafts = { '1.1': { points: 1, reason: '' }, '1.2': { points: null, reason: '' }, '2.1': { points: 1, reason: '' } };
    expect(reviewChanges(leaves, drafts)).toEqual([
      { code: '1.1', points: 1, reason: null },
      { code: '2.1', points: 1, reason: null },
    ]);
    expect(reasonsMissing(leaves, drafts)).toEqual(['2.1']);
    expect(reasonsMissing(leaves, { '2.1': { points: 1, reason: 'Chỉ có kế hoạch' } })).toEqual([]);
  });

  it('accepts every criterion the team has not looked at as the body scored it, and leaves the rest', () => {
    expect(acceptRest(leaves, {})).toEqual({ '1.1': { points: 1, reason: '' } });
    expect(acceptRest(leaves, { '1.1': { points: 0, reason: 'Không có' } })).toEqual({ '1.1': { points: 0, reason: 'Không có' } });
  });
});
