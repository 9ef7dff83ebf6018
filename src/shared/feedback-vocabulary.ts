/**
 * Words of citizens' feedback and petitions (phản ánh, kiến nghị; SPEC §2.8) shared by the server, the
 * citizen pages and the staff app.
 */

/** Where a feedback item stands: received → assigned → answered → closed, or refused as out of scope. */
export const FEEDBACK_STATES = ['received', 'assigned', 'answered', 'closed', 'refused'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];
export const FEEDBACK_STATE_LABELS_VI: Record<FeedbackState, string> = {
  received: 'Đã tiếp nhận',
  assigned: 'Đang xử lý',
  answered: 'Đã trả lời',
  closed: 'Đã kết thúc',
  refused: 'Không thuộc phạm vi',
};

/** How many working days a body has to answer unless it sets its own (Decree 20/2008 and hospitals' own rules use 10). */
export const DEFAULT_ANSWER_WORKING_DAYS = 10;

/** Months after closing before a feedback item's personal data is erased, unless the body sets its own. */
export const DEFAULT_RETENTION_MONTHS = 24;
