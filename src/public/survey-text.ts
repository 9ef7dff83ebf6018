import { formatDay } from './public-format';

/** What the citizen pages of satisfaction surveys say (Vietnamese only, like every citizen page). */
export const SURVEY_TEXT = {
  heading: 'Khảo sát sự hài lòng',
  intro: 'Phiếu khảo sát không ghi tên, không lưu địa chỉ IP. Ý kiến của ông/bà giúp đơn vị phục vụ tốt hơn.',
  requiredNote: 'Câu có dấu * là câu bắt buộc.',
  required: 'bắt buộc',
  period: (opensOn: string | null, closesOn: string | null) =>
    opensOn && closesOn ? `Thời gian khảo sát: từ ${formatDay(opensOn)} đến ${formatDay(closesOn)}.` : closesOn ? `Nhận phiếu đến hết ngày ${formatDay(closesOn)}.` : opensOn ? `Bắt đầu nhận phiếu từ ngày ${formatDay(opensOn)}.` : null,
  errorsTitle: (n: number) => `Phiếu chưa gửi được: còn ${n} câu cần xem lại.`,
  textPlaceholder: 'Ông/bà viết ý kiến tại đây (không bắt buộc ghi tên).',
  submit: 'Gửi phiếu khảo sát',
  thanksTitle: 'Cảm ơn ông/bà đã trả lời khảo sát',
  thanksText: 'Đơn vị đã nhận phiếu khảo sát của ông/bà. Ý kiến này được tổng hợp ẩn danh để cải thiện chất lượng phục vụ.',
  alreadyTitle: 'Đơn vị đã nhận phiếu của ông/bà',
  alreadyText: 'Thiết bị này đã gửi phiếu cho khảo sát này rồi. Mỗi thiết bị chỉ gửi một phiếu để kết quả khách quan; xin cảm ơn ông/bà.',
  closedTitle: 'Khảo sát đã kết thúc',
  closedText: (closesOn: string | null) => `Khảo sát này đã kết thúc${closesOn ? ` ngày ${formatDay(closesOn)}` : ''} và không nhận thêm phiếu. Xin cảm ơn ông/bà đã quan tâm.`,
  scheduledTitle: 'Khảo sát chưa bắt đầu',
  scheduledText: (opensOn: string | null) => `Khảo sát này bắt đầu nhận phiếu từ ngày ${formatDay(opensOn)}. Xin ông/bà quay lại khi đó.`,
  limitedTitle: 'Gửi quá nhiều lần',
  limitedText: 'Có quá nhiều phiếu gửi từ cùng một địa chỉ mạng trong thời gian ngắn. Xin ông/bà thử lại sau ít phút.',
  sheetPrintHint: 'Trang này để in khổ A4 và dán tại nơi tiếp đón người dân. Dùng lệnh In của trình duyệt (Ctrl+P).',
  sheetScan: 'Quét mã để góp ý',
  sheetCall: 'Mời ông/bà dành 2 phút cho biết mức độ hài lòng khi đến làm thủ tục, khám chữa bệnh tại đơn vị.',
  sheetLink: 'Hoặc mở đường dẫn:',
  sheetAnonymous: 'Phiếu không ghi tên, không thu thập thông tin cá nhân.',
} as const;
