/** Words of CCHC scoring (issue 16) the server and the screens share. */

/** The figures the system computes for a body's year that a scoring guide may be a rule on. */
export const FIGURE_LABELS = {
  tasks_on_time: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
  reports_on_time: 'Tỷ lệ báo cáo gửi đúng hạn',
  procedures_posted: 'Tỷ lệ thủ tục hành chính được niêm yết đúng bản hiện hành',
  feedback_on_time: 'Tỷ lệ phản ánh, kiến nghị trả lời đúng hạn',
  survey_satisfaction: 'Tỷ lệ người dân hài lòng (khảo sát)',
} as const;

export const EVIDENCE_SOURCE_LABELS = {
  file: 'Tệp tải lên',
  link: 'Liên kết',
  occurrence: 'Nhiệm vụ đã hoàn thành',
  report: 'Báo cáo đã gửi',
  media_item: 'Tin bài đã đăng',
  procedure: 'Thủ tục đã niêm yết',
  figure: 'Số liệu hệ thống tính',
} as const;

export const ASSESSMENT_STATE_LABELS = { draft: 'Chưa gửi', submitted: 'Đã gửi' } as const;
