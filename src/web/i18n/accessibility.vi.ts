/** Names that only assistive technology reads: screen readers, voice control. */
export const accessibilityVi = {
  'a11y.skipToContent': 'Bỏ qua, đến nội dung chính',
  // Holds the name shown on the button, so voice control users can say what they see.
  'a11y.userMenu': 'Tài khoản: {name}',
  'a11y.search': 'Tìm',
  'a11y.loading': 'Đang tải',
  'a11y.selectAll': 'Chọn tất cả các dòng',
  'a11y.selectRow': 'Chọn dòng: {name}',
  // Names of the switches (antd's own is "segmented control", in English).
  'a11y.scope': 'Phạm vi',
  'a11y.period': 'Kỳ',
  'a11y.section': 'Mục',
  'a11y.show': 'Hiển thị',
  'a11y.view': 'Cách xem',
  'a11y.calendarMode': 'Xem lịch theo',
  'a11y.indexKind': 'Chỉ số',
} satisfies Record<string, string>;
