import { formatDateVi } from '../schedule/calendar';

/**
 * A scoring round's calendar and who may do what in it, as days in Vietnam ("2026-11-30"). A body
 * self-assesses until the self-assessment deadline (or again, once, when the review team reopens it);
 * reviewers change scores until the review deadline; the department of health publishes after the
 * self-assessment deadline, and a published round changes no more. Every refusal is said in Vietnamese.
 */
export type RoundPhase = 'self_assessment' | 'review' | 'closed' | 'published';

export type RoundDates = { selfDeadline: string; reviewDeadline: string; publishedAt: string | null };
export type AssessmentState = { state: 'draft' | 'submitted'; reopened: boolean };

export const PHASE_LABELS: Record<RoundPhase, string> = {
  self_assessment: 'Đang tự đánh giá',
  review: 'Đang thẩm định',
  closed: 'Hết hạn thẩm định, chờ công bố',
  published: 'Đã công bố kết quả',
};

export function roundPhase(round: RoundDates, today: string): RoundPhase {
  if (round.publishedAt !== null) return 'published';
  if (today <= round.selfDeadline) return 'self_assessment';
  if (today <= round.reviewDeadline) return 'review';
  return 'closed';
}

/** What is wrong with a round's two deadlines, or null. */
export function roundDatesProblem(selfDeadline: string, reviewDeadline: string): string | null {
  if (reviewDeadline < selfDeadline) return `Hạn thẩm định (${formatDateVi(reviewDeadline)}) phải sau hạn tự đánh giá (${formatDateVi(selfDeadline)}).`;
  return null;
}

/** Why the body may not change its scores or evidence now, or null when it may. */
export function selfAssessmentRefusal(round: RoundDates, assessment: AssessmentState, today: string): string | null {
  if (round.publishedAt !== null) return 'Kết quả đợt chấm điểm đã công bố, không sửa được nữa.';
  if (assessment.state === 'submitted') return 'Bản tự đánh giá đã gửi; hãy rút lại trước khi sửa.';
  if (today > round.selfDeadline && !assessment.reopened) return `Đã hết hạn tự đánh giá (${formatDateVi(round.selfDeadline)}); chỉ tổ thẩm định mở lại được.`;
  return null;
}

/** Why the body may not withdraw its submitted self-assessment now, or null when it may. */
export function withdrawRefusal(round: RoundDates, assessment: AssessmentState, today: string, reviewStarted: boolean): string | null {
  if (round.publishedAt !== null) return 'Kết quả đợt chấm điểm đã công bố.';
  if (assessment.state !== 'submitted') return 'Bản tự đánh giá chưa gửi.';
  if (today > round.selfDeadline) return `Đã hết hạn tự đánh giá (${formatDateVi(round.selfDeadline)}); chỉ tổ thẩm định mở lại được.`;
  if (reviewStarted) return 'Tổ thẩm định đã bắt đầu chấm bản này; hãy đề nghị tổ thẩm định mở lại.';
  return null;
}

/** Why a reviewer may not score this body now, or null when they may. */
export function reviewRefusal(round: RoundDates, assessment: AssessmentState, today: string): string | null {
  if (round.publishedAt !== null) return 'Kết quả đợt chấm điểm đã công bố.';
  if (assessment.state !== 'submitted') return 'Đơn vị chưa gửi bản tự đánh giá.';
  if (today > round.reviewDeadline) return `Đã hết hạn thẩm định (${formatDateVi(round.reviewDeadline)}).`;
  return null;
}

/** Why a reviewer may not reopen the body's self-assessment now, or null. */
export function reopenRefusal(round: RoundDates, assessment: AssessmentState, today: string): string | null {
  if (round.publishedAt !== null) return 'Kết quả đợt chấm điểm đã công bố.';
  if (today > round.reviewDeadline) return `Đã hết hạn thẩm định (${formatDateVi(round.reviewDeadline)}).`;
  if (today <= round.selfDeadline) return 'Còn trong hạn tự đánh giá: đơn vị tự rút lại được.';
  if (assessment.state === 'draft' && assessment.reopened) return 'Bản tự đánh giá đang được mở lại.';
  return null;
}

/** Why the body may not answer (giải trình) a reviewed score, or null. One answer, before the review closes. */
export function answerRefusal(round: RoundDates, score: { changedByReview: boolean; answered: boolean }, today: string): string | null {
  if (round.publishedAt !== null) return 'Kết quả đợt chấm điểm đã công bố.';
  if (!score.changedByReview) return 'Chỉ giải trình được tiêu chí tổ thẩm định đã chấm khác điểm tự đánh giá.';
  if (score.answered) return 'Mỗi tiêu chí chỉ giải trình một lần.';
  if (today > round.reviewDeadline) return `Đã hết hạn thẩm định (${formatDateVi(round.reviewDeadline)}).`;
  return null;
}

/** Why the round may not be published now, or null. */
export function publishRefusal(round: RoundDates, today: string): string | null {
  if (round.publishedAt !== null) return 'Kết quả đợt chấm điểm đã công bố.';
  if (today <= round.selfDeadline) return `Chưa hết hạn tự đánh giá (${formatDateVi(round.selfDeadline)}).`;
  return null;
}

/** The score a criterion ends with: the review team's where it scored it, else the body's own. */
export function finalPoints(score: { selfPoints: number | null; reviewPoints: number | null }): number | null {
  return score.reviewPoints ?? score.selfPoints;
}
