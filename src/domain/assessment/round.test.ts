import { describe, expect, it } from 'vitest';
import { answerRefusal, finalPoints, publishRefusal, reopenRefusal, reviewRefusal, roundDatesProblem, roundPhase, selfAssessmentRefusal, withdrawRefusal } from './round';

const round = { selfDeadline: '2026-12-15', reviewDeadline: '2027-01-10', publishedAt: null };
const draft = { state: 'draft' as const, reopened: false };
const sent = { state: 'submitted' as const, reopened: false };

describe('a scoring round’s calendar', () => {
  it('reads the phase from the days in Vietnam, the deadline day itself still open', () => {
    expect(roundPhase(round, '2026-12-15')).toBe('self_assessment');
    expect(roundPhase(round, '2026-12-16')).toBe('review');
    expect(roundPhase(round, '2027-01-10')).toBe('review');
    expect(roundPhase(round, '2027-01-11')).toBe('closed');
    expect(roundPhase({ ...round, publishedAt: '2027-01-15T03:00:00Z' }, '2026-12-01')).toBe('published');
    expect(roundDatesProblem('2026-12-15', '2026-12-14')).toContain('phải sau hạn tự đánh giá (15/12/2026)');
    expect(roundDatesProblem('2026-12-15', '2026-12-15')).toBeNull();
  });

  it('lets the body change its scores until the deadline, after it only once reopened', () => {
    expect(selfAssessmentRefusal(round, draft, '2026-12-15')).toBeNull();
    expect(selfAssessmentRefusal(round, draft, '2026-12-16')).toContain('Đã hết hạn tự đánh giá (15/12/2026)');
    expect(selfAssessmentRefusal(round, { state: 'draft', reopened: true }, '2027-01-02')).toBeNull();
    expect(selfAssessmentRefusal(round, sent, '2026-12-01')).toContain('rút lại');
    expect(selfAssessmentRefusal({ ...round, publishedAt: 'x' }, draft, '2026-12-01')).toContain('đã công bố');
  });

  it('lets the body withdraw before the deadline and before the review team has scored', () => {
    expect(withdrawRefusal(round, sent, '2026-12-10', false)).toBeNull();
    expect(withdrawRefusal(round, sent, '2026-12-10', true)).toContain('Tổ thẩm định đã bắt đầu');
    expect(withdrawRefusal(round, sent, '2026-12-16', false)).toContain('Đã hết hạn');
    expect(withdrawRefusal(round, draft, '2026-12-10', false)).toContain('chưa gửi');
  });

  it('lets reviewers score what was submitted until the review deadline, and reopen only after the self-assessment one', () => {
    expect(reviewRefusal(round, sent, '2027-01-10')).toBeNull();
    expect(reviewRefusal(round, draft, '2027-01-05')).toContain('chưa gửi');
    expect(reviewRefusal(round, sent, '2027-01-11')).toContain('Đã hết hạn thẩm định');
    expect(reopenRefusal(round, sent, '2026-12-10')).toContain('Còn trong hạn tự đánh giá');
    expect(reopenRefusal(round, sent, '2026-12-20')).toBeNull();
    expect(reopenRefusal(round, draft, '2026-12-20')).toBeNull();
    expect(reopenRefusal(round, { state: 'draft', reopened: true }, '2026-12-20')).toContain('đang được mở lại');
  });

  it('takes one answer to a changed score, before the review closes', () => {
    expect(answerRefusal(round, { changedByReview: true, answered: false }, '2027-01-10')).toBeNull();
    expect(answerRefusal(round, { changedByReview: false, answered: false }, '2027-01-05')).toContain('khác điểm tự đánh giá');
    expect(answerRefusal(round, { changedByReview: true, answered: true }, '2027-01-05')).toContain('một lần');
    expect(answerRefusal(round, { changedByReview: true, answered: false }, '2027-01-11')).toContain('Đã hết hạn thẩm định');
  });

  it('publishes after the self-assessment deadline, once; a criterion ends with the review’s score where there is one', () => {
    expect(publishRefusal(round, '2026-12-15')).toContain('Chưa hết hạn');
    expect(publishRefusal(round, '2026-12-16')).toBeNull();
    expect(publishRefusal({ ...round, publishedAt: 'x' }, '2027-02-01')).toContain('đã công bố');
    expect(finalPoints({ selfPoints: 3, reviewPoints: 2 })).toBe(2);
    expect(finalPoints({ selfPoints: 3, reviewPoints: null })).toBe(3);
    expect(finalPoints({ selfPoints: null, reviewPoints: null })).toBeNull();
  });
});
