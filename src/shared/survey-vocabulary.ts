/** Words of satisfaction surveys (khảo sát sự hài lòng; SPEC §2.8) shared by the server, the citizen pages and the staff app. */

export const QUESTION_KINDS = ['scale', 'single', 'multiple', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The five points of the satisfaction scale, from 1 to 5. */
export const SCALE_LABELS_VI = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'] as const;

/** The five aspects SIPAS measures a public service by. */
export const SIPAS_ASPECTS = ['access', 'procedure', 'staff', 'result', 'feedback_handling'] as const;
export type SipasAspect = (typeof SIPAS_ASPECTS)[number];
export const SIPAS_ASPECT_LABELS_VI: Record<SipasAspect, string> = {
  access: 'Tiếp cận dịch vụ',
  procedure: 'Thủ tục hành chính',
  staff: 'Công chức, nhân viên trực tiếp giải quyết',
  result: 'Kết quả giải quyết',
  feedback_handling: 'Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị',
};
