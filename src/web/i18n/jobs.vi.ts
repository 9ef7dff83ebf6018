/** Vietnamese messages of long work run as jobs: exports with their progress. */
export const jobsVi = {
  'jobs.exportOccurrences': 'Xuất Excel toàn bộ',
  'jobs.exportOccurrencesHelp': 'Mọi kỳ thực hiện có hạn trong năm {year} của {name}, không giới hạn số dòng. Việc chạy nền, có thể mất vài phút.',
  'jobs.exportPlanPdfs': 'Tải PDF các kế hoạch',
  'jobs.exportPlanPdfsHelp': 'Bản PDF các kế hoạch năm {year} đã ban hành của {name} và các đơn vị trực thuộc, nén trong một tệp ZIP.',
  'jobs.title': 'Xuất dữ liệu',
  'jobs.queued': 'Đang chờ đến lượt xử lý…',
  'jobs.running': 'Đang xử lý',
  'jobs.count': '{done}/{total}',
  'jobs.done': 'Đã xong. Tệp tải được đến {time}.',
  'jobs.download': 'Tải tệp',
  'jobs.failed': 'Không tạo được tệp',
  'jobs.expired': 'Tệp kết quả đã hết hạn; vui lòng yêu cầu xuất lại.',
  'jobs.keepsRunning': 'Có thể đóng cửa sổ này: việc vẫn chạy tiếp trên máy chủ.',
};
