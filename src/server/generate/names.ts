import type { Random } from './random';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Trịnh', 'Đinh'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Thu', 'Quang', 'Hoài', 'Xuân', 'Kim'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Tuấn', 'Vân', 'Yến'];

/** A Vietnamese full name: family, middle and given name. */
export const personName = (random: Random): string => `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;

/** The twenty departments of a generated body, as a provincial hospital or health centre has them. */
export const DEPARTMENTS: readonly { kind: 'office' | 'clinical_department'; name: string }[] = [
  { kind: 'office', name: 'Phòng Tổ chức - Hành chính' },
  { kind: 'office', name: 'Phòng Kế hoạch tổng hợp' },
  { kind: 'office', name: 'Phòng Tài chính - Kế toán' },
  { kind: 'office', name: 'Phòng Điều dưỡng' },
  { kind: 'office', name: 'Phòng Quản lý chất lượng' },
  { kind: 'office', name: 'Phòng Công tác xã hội' },
  { kind: 'clinical_department', name: 'Khoa Khám bệnh' },
  { kind: 'clinical_department', name: 'Khoa Hồi sức cấp cứu' },
  { kind: 'clinical_department', name: 'Khoa Nội tổng hợp' },
  { kind: 'clinical_department', name: 'Khoa Ngoại tổng hợp' },
  { kind: 'clinical_department', name: 'Khoa Phụ sản' },
  { kind: 'clinical_department', name: 'Khoa Nhi' },
  { kind: 'clinical_department', name: 'Khoa Truyền nhiễm' },
  { kind: 'clinical_department', name: 'Khoa Y học cổ truyền' },
  { kind: 'clinical_department', name: 'Khoa Xét nghiệm' },
  { kind: 'clinical_department', name: 'Khoa Chẩn đoán hình ảnh' },
  { kind: 'clinical_department', name: 'Khoa Dược' },
  { kind: 'clinical_department', name: 'Khoa Kiểm soát nhiễm khuẩn' },
  { kind: 'clinical_department', name: 'Khoa Dinh dưỡng' },
  { kind: 'clinical_department', name: 'Khoa Phục hồi chức năng' },
];

/** The offices of a department of health. */
export const DOH_OFFICES: readonly string[] = ['Văn phòng Sở', 'Phòng Tổ chức cán bộ', 'Phòng Nghiệp vụ Y', 'Phòng Kế hoạch - Tài chính', 'Phòng Nghiệp vụ Dược', 'Thanh tra Sở'];
