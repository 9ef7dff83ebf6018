/**
 * The demo's CCHC criteria set (Bộ chỉ số đánh giá, xếp loại kết quả thực hiện nhiệm vụ CCHC) of a
 * department of health for its hospitals and centres, in the shape of a province's PAR INDEX set:
 * eight areas, 100 points. Guides written as steps on a share the system computes (tasks, reports,
 * procedures posted, feedback, satisfaction) let it propose the score; the others are scored by hand.
 */
const c = (code: string, name: string, maxPoints: number, guide: string | null, evidence: string | null) => ({ code, name, maxPoints, guide, evidence });

export const DEMO_CRITERIA = [
  {
    ...c('I', 'Công tác chỉ đạo, điều hành cải cách hành chính', 16, null, null),
    children: [
      {
        ...c('1.1', 'Kế hoạch cải cách hành chính năm', 4, null, null),
        children: [
          c('1.1.1', 'Ban hành kế hoạch CCHC năm đúng thời hạn', 1, 'Ban hành trước ngày 31/12 của năm trước: 1 điểm; ban hành sau thời hạn: 0 điểm.', 'Kế hoạch CCHC năm đã ban hành'),
          c('1.1.2', 'Mức độ thực hiện kế hoạch CCHC', 3, '100% nhiệm vụ hoàn thành đúng hạn: 3 điểm; từ 80% đến dưới 100%: 2 điểm; từ 50% đến dưới 80%: 1 điểm; dưới 50%: 0', 'Kết quả thực hiện các nhiệm vụ của kế hoạch'),
        ],
      },
      { ...c('1.2', 'Báo cáo cải cách hành chính định kỳ', 3, null, null), children: [c('1.2.1', 'Báo cáo CCHC quý, 6 tháng, 9 tháng, năm đủ và đúng hạn', 3, '100% báo cáo gửi đúng hạn: 3 điểm; từ 80% đến dưới 100%: 1,5 điểm; dưới 80%: 0', 'Các báo cáo CCHC đã gửi Sở Y tế')] },
      {
        ...c('1.3', 'Kiểm tra công tác cải cách hành chính', 3, null, null),
        children: [
          c('1.3.1', 'Ban hành kế hoạch kiểm tra CCHC nội bộ', 1, 'Có kế hoạch kiểm tra: 1 điểm; không có: 0.', 'Kế hoạch kiểm tra'),
          c('1.3.2', 'Xử lý các vấn đề phát hiện qua kiểm tra', 2, 'Xử lý hoặc kiến nghị xử lý 100% vấn đề phát hiện: 2 điểm; chưa xử lý hết: 1 điểm; không xử lý: 0.', 'Báo cáo kết quả kiểm tra, văn bản xử lý'),
        ],
      },
      {
        ...c('1.4', 'Thông tin, tuyên truyền cải cách hành chính', 4, null, null),
        children: [
          c('1.4.1', 'Ban hành kế hoạch tuyên truyền CCHC', 1, 'Có kế hoạch tuyên truyền: 1 điểm.', 'Kế hoạch tuyên truyền CCHC'),
          c('1.4.2', 'Tin, bài về CCHC đăng trên trang thông tin điện tử, fanpage', 3, 'Từ 12 tin bài trở lên: 3 điểm; từ 6 đến 11 tin bài: 2 điểm; dưới 6 tin bài: 0.', 'Các tin bài đã đăng'),
        ],
      },
      { ...c('1.5', 'Sáng kiến, mô hình, giải pháp mới trong CCHC', 2, null, null), children: [c('1.5.1', 'Có sáng kiến, mô hình mới được áp dụng', 2, 'Có sáng kiến được công nhận: 2 điểm; có mô hình mới áp dụng: 1 điểm.', 'Quyết định công nhận sáng kiến')] },
    ],
  },
  {
    ...c('II', 'Cải cách thể chế', 10, null, null),
    children: [
      c('2.1', 'Rà soát, hệ thống hóa văn bản, quy định nội bộ', 5, 'Có kế hoạch và báo cáo kết quả rà soát: 5 điểm; có kế hoạch, chưa có kết quả: 2 điểm.', 'Kế hoạch, báo cáo rà soát'),
      c('2.2', 'Xây dựng, sửa đổi quy chế, quy trình nội bộ theo quy định mới', 5, 'Ban hành kịp thời, đầy đủ: 5 điểm; còn chậm: 2 điểm.', 'Quy chế, quy trình đã ban hành'),
    ],
  },
  {
    ...c('III', 'Cải cách thủ tục hành chính', 20, null, null),
    children: [
      c('3.1', 'Niêm yết công khai thủ tục hành chính', 6, '100% thủ tục được niêm yết đúng bản hiện hành: 6 điểm; từ 90% đến dưới 100%: 4 điểm; dưới 90%: 0', 'Ảnh niêm yết, trang công khai thủ tục'),
      c('3.2', 'Tiếp nhận, xử lý phản ánh, kiến nghị của người dân', 6, '100% phản ánh, kiến nghị được trả lời đúng hạn: 6 điểm; từ 90% đến dưới 100%: 4 điểm; dưới 90%: 2 điểm', 'Sổ theo dõi phản ánh, văn bản trả lời'),
      {
        ...c('3.3', 'Rà soát, đơn giản hóa thủ tục hành chính', 8, null, null),
        children: [
          c('3.3.1', 'Ban hành kế hoạch rà soát, đơn giản hóa TTHC', 3, 'Có kế hoạch: 3 điểm.', 'Kế hoạch rà soát'),
          c('3.3.2', 'Phương án đơn giản hóa được đề xuất, thực hiện', 5, 'Có phương án được chấp thuận: 5 điểm; có đề xuất: 3 điểm.', 'Phương án đơn giản hóa'),
        ],
      },
    ],
  },
  {
    ...c('IV', 'Cải cách tổ chức bộ máy', 10, null, null),
    children: [
      c('4.1', 'Quy chế tổ chức và hoạt động, phân công chức năng nhiệm vụ các khoa, phòng', 5, 'Đầy đủ, cập nhật: 5 điểm; chưa cập nhật: 2 điểm.', 'Quy chế tổ chức và hoạt động'),
      c('4.2', 'Thực hiện vị trí việc làm, cơ cấu viên chức theo chức danh nghề nghiệp', 5, 'Đúng đề án được duyệt: 5 điểm; còn sai lệch: 2 điểm.', 'Đề án vị trí việc làm'),
    ],
  },
  {
    ...c('V', 'Xây dựng và nâng cao chất lượng đội ngũ viên chức', 12, null, null),
    children: [
      c('5.1', 'Chấp hành kỷ luật, kỷ cương hành chính, đạo đức nghề nghiệp', 6, 'Không có viên chức bị kỷ luật: 6 điểm; có viên chức bị kỷ luật: 3 điểm.', 'Báo cáo kiểm điểm, quyết định kỷ luật'),
      c('5.2', 'Đào tạo, bồi dưỡng viên chức theo kế hoạch', 6, 'Hoàn thành kế hoạch đào tạo: 6 điểm; hoàn thành một phần: 3 điểm.', 'Kế hoạch và báo cáo đào tạo'),
    ],
  },
  {
    ...c('VI', 'Cải cách tài chính công', 10, null, null),
    children: [
      c('6.1', 'Quy chế chi tiêu nội bộ, công khai tài chính', 5, 'Ban hành và công khai đúng quy định: 5 điểm.', 'Quy chế chi tiêu nội bộ, biên bản công khai'),
      c('6.2', 'Thực hiện cơ chế tự chủ tài chính', 5, 'Tự bảo đảm chi thường xuyên: 5 điểm; một phần: 3 điểm.', 'Quyết định giao tự chủ'),
    ],
  },
  {
    ...c('VII', 'Xây dựng chính quyền điện tử, chuyển đổi số', 12, null, null),
    children: [
      c('7.1', 'Ứng dụng công nghệ thông tin trong quản lý, điều hành', 6, 'Văn bản điện tử, ký số trên 90%: 6 điểm; từ 70% đến 90%: 3 điểm.', 'Báo cáo ứng dụng CNTT'),
      c('7.2', 'Thanh toán không dùng tiền mặt, đặt lịch khám trực tuyến', 6, 'Triển khai đủ cả hai: 6 điểm; một trong hai: 3 điểm.', 'Báo cáo triển khai'),
    ],
  },
  {
    ...c('VIII', 'Tác động của cải cách hành chính', 10, null, null),
    children: [c('8.1', 'Mức độ hài lòng của người dân, người bệnh', 10, 'Từ 95% trở lên hài lòng: 10 điểm; từ 90% đến dưới 95%: 8 điểm; từ 80% đến dưới 90%: 6 điểm; dưới 80%: 3 điểm', 'Kết quả khảo sát sự hài lòng')],
  },
];

export const DEMO_BANDS = [
  { name: 'Xuất sắc', minPoints: 90 },
  { name: 'Tốt', minPoints: 80 },
  { name: 'Khá', minPoints: 70 },
  { name: 'Trung bình', minPoints: 50 },
  { name: 'Yếu', minPoints: 0 },
];
