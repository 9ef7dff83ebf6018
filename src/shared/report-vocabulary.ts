/** Words of a periodic report (SPEC §2.10) shared by the server and the web app. */

/** Quarter I, 6 months, 9 months and the year run from 1 January; "custom" is any range within one year. */
export const REPORT_PERIODS = ['Q1', 'H1', '9M', 'Y', 'custom'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export const REPORT_PERIOD_LABELS_VI: Record<ReportPeriod, string> = {
  Q1: 'Quý I',
  H1: '6 tháng',
  '9M': '9 tháng',
  Y: 'Năm',
  custom: 'Khoảng thời gian khác',
};

export const REPORT_STATES = ['draft', 'approved', 'submitted', 'returned'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const REPORT_STATE_LABELS_VI: Record<ReportState, string> = {
  draft: 'Dự thảo',
  approved: 'Đã phê duyệt',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
};

/** The free texts the coordinator writes; the numbers come from the data. */
export const REPORT_TEXT_KEYS = ['results', 'difficulties', 'proposals', 'nextSteps'] as const;
export type ReportTextKey = (typeof REPORT_TEXT_KEYS)[number];
export const REPORT_TEXT_LABELS_VI: Record<ReportTextKey, string> = {
  results: 'Đánh giá chung kết quả',
  difficulties: 'Tồn tại, hạn chế',
  proposals: 'Đề xuất, kiến nghị',
  nextSteps: 'Phương hướng, nhiệm vụ thời gian tới',
};

/** Where a piece of work stood at the end of the period (or today, if the period has not ended). */
export const WORK_OUTCOMES = ['done', 'late', 'notDue'] as const;
export type WorkOutcome = (typeof WORK_OUTCOMES)[number];
export const WORK_OUTCOME_LABELS_VI: Record<WorkOutcome, string> = {
  done: 'Đã hoàn thành',
  late: 'Chậm tiến độ',
  notDue: 'Chưa đến hạn, đang thực hiện',
};
