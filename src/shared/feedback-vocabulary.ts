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

/** How a feedback item came in: the public form, or recorded by staff from the hotline, the box, in person or by e-mail. */
export const FEEDBACK_CHANNELS = ['web', 'hotline', 'box', 'direct', 'email'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
export const FEEDBACK_CHANNEL_LABELS_VI: Record<FeedbackChannel, string> = {
  web: 'Trang phản ánh trực tuyến',
  hotline: 'Đường dây nóng',
  box: 'Hòm thư góp ý',
  direct: 'Trực tiếp',
  email: 'Thư điện tử',
};

/** An item against its deadline (domain/feedback/deadline.ts). */
export const FEEDBACK_TIMELINESS = ['on_time', 'overdue', 'answered_late'] as const;
export const FEEDBACK_TIMELINESS_LABELS_VI: Record<(typeof FEEDBACK_TIMELINESS)[number], string> = {
  on_time: 'Trong hạn',
  overdue: 'Quá hạn',
  answered_late: 'Trả lời muộn',
};

/** What an attachment of the public form may be, and how big. */
export const FEEDBACK_ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const FEEDBACK_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
