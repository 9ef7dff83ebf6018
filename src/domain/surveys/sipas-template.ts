import type { QuestionKind, SipasAspect } from '../../shared/survey-vocabulary';

/** A question of a survey template: its section, wording, kind and, for scale questions, the SIPAS aspect it measures. */
export type TemplateQuestion = { section: string; text: string; kind: QuestionKind; required: boolean; aspect: SipasAspect | null; choices?: string[] };

const scale = (section: string, aspect: SipasAspect, text: string): TemplateQuestion => ({ section, text, kind: 'scale', required: true, aspect });

/**
 * The ready questionnaire on SIPAS's five aspects, worded for a hospital's or health centre's one-stop
 * desk; a body copies it and adapts the wording. Two questions about the person come first, the
 * aspects follow, and a free text closes it.
 */
export const SIPAS_TEMPLATE: { title: string; questions: TemplateQuestion[] } = {
  title: 'Khảo sát sự hài lòng của người dân đối với dịch vụ hành chính công',
  questions: [
    { section: 'Thông tin chung', text: 'Ông/bà là', kind: 'single', required: false, aspect: null, choices: ['Người bệnh', 'Người nhà người bệnh', 'Tổ chức, doanh nghiệp', 'Khác'] },
    { section: 'Thông tin chung', text: 'Ông/bà biết đến thủ tục qua kênh nào?', kind: 'multiple', required: false, aspect: null, choices: ['Bảng niêm yết tại đơn vị', 'Trang thông tin điện tử', 'Mạng xã hội (Zalo, Facebook)', 'Nhân viên hướng dẫn', 'Người quen giới thiệu'] },
    scale('Tiếp cận dịch vụ', 'access', 'Nơi tiếp nhận hồ sơ dễ tìm, có biển chỉ dẫn rõ ràng'),
    scale('Tiếp cận dịch vụ', 'access', 'Nơi ngồi chờ đủ chỗ, sạch sẽ, thoáng mát'),
    scale('Tiếp cận dịch vụ', 'access', 'Trang thiết bị phục vụ người dân (máy lấy số, ghế, nước uống) đầy đủ, dễ sử dụng'),
    scale('Thủ tục hành chính', 'procedure', 'Thủ tục được niêm yết công khai đầy đủ, dễ hiểu'),
    scale('Thủ tục hành chính', 'procedure', 'Thành phần hồ sơ phải nộp đúng như niêm yết'),
    scale('Thủ tục hành chính', 'procedure', 'Phí, lệ phí phải nộp đúng như niêm yết'),
    scale('Nhân viên tiếp nhận, giải quyết', 'staff', 'Nhân viên có thái độ lịch sự, tôn trọng khi tiếp nhận và giải quyết'),
    scale('Nhân viên tiếp nhận, giải quyết', 'staff', 'Nhân viên hướng dẫn kê khai hồ sơ tận tình, chu đáo, dễ hiểu'),
    scale('Nhân viên tiếp nhận, giải quyết', 'staff', 'Nhân viên không gây phiền hà, sách nhiễu'),
    scale('Kết quả giải quyết', 'result', 'Kết quả nhận được đúng thời hạn đã hẹn'),
    scale('Kết quả giải quyết', 'result', 'Kết quả có thông tin đầy đủ, chính xác'),
    scale('Tiếp nhận, xử lý góp ý, phản ánh', 'feedback_handling', 'Đơn vị có nơi, có cách để góp ý, phản ánh, kiến nghị'),
    scale('Tiếp nhận, xử lý góp ý, phản ánh', 'feedback_handling', 'Góp ý, phản ánh, kiến nghị được tiếp nhận, trả lời kịp thời, thỏa đáng'),
    { section: 'Ý kiến khác', text: 'Ông/bà có góp ý gì để đơn vị phục vụ tốt hơn?', kind: 'text', required: false, aspect: null },
  ],
};
