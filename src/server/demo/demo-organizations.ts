import type { BodyKind, UnitKind } from '../../shared/organization-kinds';

/**
 * The demo tree: the bodies and departments that the seed plans name (Lào Cai), and a second
 * province (Hà Tĩnh) so that "a body never sees another body's data" can be tried at once.
 * Departments with `reporter: true` get a reporter account "<body>.<department code>".
 */
export type DemoUnit = { kind: UnitKind; code: string; name: string; reporter?: boolean };
export type DemoBody = {
  kind: BodyKind;
  code: string;
  name: string;
  placeName: string;
  superiorName: string;
  /** The abbreviation in document symbols when it differs from the code. */
  documentCode?: string;
  director: string;
  units: DemoUnit[];
  bodies?: DemoBody[];
};

export const DEMO_TREE: DemoBody[] = [
  {
    kind: 'department_of_health',
    code: 'SYT-LC',
    documentCode: 'SYT',
    name: 'Sở Y tế tỉnh Lào Cai',
    placeName: 'Lào Cai',
    superiorName: 'UBND TỈNH LÀO CAI',
    director: 'Nguyễn Văn Thành',
    units: [
      { kind: 'office', code: 'VP', name: 'Văn phòng Sở', reporter: true },
      { kind: 'office', code: 'TCCB', name: 'Phòng Tổ chức cán bộ', reporter: true },
      { kind: 'office', code: 'NVY', name: 'Phòng Nghiệp vụ Y' },
      { kind: 'office', code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính' },
    ],
    bodies: [
      {
        kind: 'hospital',
        code: 'BVSN',
        name: 'Bệnh viện Sản - Nhi tỉnh Lào Cai',
        placeName: 'Lào Cai',
        superiorName: 'SỞ Y TẾ TỈNH LÀO CAI',
        director: 'Trần Hoài Bắc',
        units: [
          { kind: 'office', code: 'TCHC', name: 'Phòng Tổ chức Hành chính', reporter: true },
          { kind: 'office', code: 'TCKT', name: 'Phòng Tài chính kế toán', reporter: true },
          { kind: 'office', code: 'KHTH', name: 'Phòng Kế hoạch tổng hợp', reporter: true },
          { kind: 'office', code: 'DD', name: 'Phòng Điều dưỡng', reporter: true },
          { kind: 'section', code: 'CNTT', name: 'Bộ phận Công nghệ thông tin', reporter: true },
          { kind: 'team', code: 'TRUYENTHONG', name: 'Tổ truyền thông', reporter: true },
          { kind: 'team', code: 'CTXH', name: 'Tổ Công tác xã hội và Truyền thông', reporter: true },
          { kind: 'clinical_department', code: 'KB', name: 'Khoa Khám bệnh', reporter: true },
          { kind: 'clinical_department', code: 'SAN', name: 'Khoa Sản' },
          { kind: 'clinical_department', code: 'NHI', name: 'Khoa Nhi' },
          { kind: 'clinical_department', code: 'HSTC', name: 'Khoa Hồi sức tích cực - Chống độc' },
          { kind: 'centre', code: 'TTSS', name: 'Trung tâm Sơ sinh' },
        ],
      },
      {
        kind: 'health_centre',
        code: 'TTYT-LCCD',
        documentCode: 'TTYT',
        name: 'Trung tâm Y tế khu vực Lào Cai - Cam Đường',
        placeName: 'P. Lào Cai',
        superiorName: 'SỞ Y TẾ TỈNH LÀO CAI',
        director: 'Vũ Anh Dũng',
        units: [
          { kind: 'office', code: 'TCHC-TCKT', name: 'Phòng Tổ chức hành chính - Tài chính kế toán', reporter: true },
          { kind: 'section', code: 'TRUYENTHONG', name: 'Bộ phận truyền thông', reporter: true },
          { kind: 'office', code: 'KHNV', name: 'Phòng Kế hoạch - Nghiệp vụ', reporter: true },
          { kind: 'clinical_department', code: 'KB', name: 'Khoa Khám bệnh', reporter: true },
          { kind: 'clinical_department', code: 'KSBT', name: 'Khoa Kiểm soát bệnh tật và HIV/AIDS' },
          { kind: 'clinical_department', code: 'YTCC', name: 'Khoa Y tế công cộng và Dinh dưỡng' },
        ],
      },
    ],
  },
  {
    kind: 'department_of_health',
    code: 'SYT-HT',
    documentCode: 'SYT',
    name: 'Sở Y tế tỉnh Hà Tĩnh',
    placeName: 'Hà Tĩnh',
    superiorName: 'UBND TỈNH HÀ TĨNH',
    director: 'Lê Văn Hòa',
    units: [
      { kind: 'office', code: 'VP', name: 'Văn phòng Sở', reporter: true },
      { kind: 'office', code: 'TCCB', name: 'Phòng Tổ chức cán bộ', reporter: true },
    ],
    bodies: [
      {
        kind: 'cdc',
        code: 'CDC-HT',
        documentCode: 'KSBT',
        name: 'Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh',
        placeName: 'Hà Tĩnh',
        superiorName: 'SỞ Y TẾ TỈNH HÀ TĨNH',
        director: 'Phan Thị Thu',
        units: [
          { kind: 'office', code: 'TCHC', name: 'Phòng Tổ chức - Hành chính', reporter: true },
          { kind: 'clinical_department', code: 'TTGDSK', name: 'Khoa Truyền thông giáo dục sức khỏe', reporter: true },
        ],
      },
    ],
  },
];

/** People for the body roles other than the director, in the order admin, coordinator, editor, viewer. */
export const DEMO_STAFF_NAMES = ['Phạm Minh Quân', 'Hoàng Thị Lan', 'Đỗ Thu Hương', 'Bùi Văn Nam'];
export const DEMO_REPORTER_NAMES = ['Ngô Thị Mai', 'Vương Đức Anh', 'Lý Thị Hạnh', 'Đặng Quốc Bảo', 'Trịnh Thị Ngọc', 'Tạ Văn Khánh', 'Mai Thị Yến', 'Chu Văn Long'];
