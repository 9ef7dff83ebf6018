/** Refusals and empty lists: say why, and what to do next. */
export const accessVi = {
  'access.forbiddenTitle': 'Bạn không có quyền xem mục này',
  'access.whoCan': 'Vai trò xem được mục này: {roles}.',
  'access.askAdmin': 'Nếu công việc của bạn cần đến mục này, hãy đề nghị quản trị viên của đơn vị cấp thêm vai trò.',
  'access.back': 'Về trang Tổng quan',

  'empty.plansFiltered': 'Không có kế hoạch nào khớp bộ lọc — bỏ bớt điều kiện lọc để xem thêm.',
  'empty.plansYearDraft': 'Chưa có kế hoạch nào năm {year} — bấm "Soạn kế hoạch" để bắt đầu.',
  'empty.plansYear': 'Chưa có kế hoạch nào năm {year} — kế hoạch hiện ở đây khi đầu mối CCHC soạn.',
  'empty.plansDraft': 'Chưa có kế hoạch nào — bấm "Soạn kế hoạch" để bắt đầu, hoặc "Nhập từ tệp" nếu đã có văn bản.',
  'empty.plans': 'Chưa có kế hoạch nào — kế hoạch hiện ở đây khi đầu mối CCHC soạn.',
  'empty.reportsCompile': 'Chưa có báo cáo nào năm {year} — bấm "Lập báo cáo" để lập báo cáo của kỳ cần nộp.',
  'empty.reports': 'Chưa có báo cáo nào năm {year} — báo cáo hiện ở đây khi đầu mối CCHC lập.',
  'empty.mediaFiltered': 'Không có tin bài nào khớp bộ lọc — bỏ bớt điều kiện lọc để xem thêm.',
  'empty.mediaPropose': 'Chưa có tin bài nào — bấm "Đề xuất tin bài" để gửi tin đầu tiên.',
  'empty.media': 'Chưa có tin bài nào — tin bài hiện ở đây khi khoa, phòng đề xuất.',
  'empty.legalDocsFiltered': 'Không có văn bản nào khớp — thử từ khóa khác, ví dụ số hiệu "76/NQ-CP".',
  'empty.legalDocsAdd': 'Chưa có văn bản nào trong danh mục — bấm "Thêm văn bản" để thêm.',
} satisfies Record<string, string>;
