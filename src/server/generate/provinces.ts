/**
 * The 34 provinces and centrally-run cities of Việt Nam since 1 July 2025: a national dataset gives
 * each its department of health. `city` makes "Sở Y tế thành phố …" instead of "Sở Y tế tỉnh …".
 */
export type Province = { name: string; city: boolean };

export const PROVINCES: readonly Province[] = [
  { name: 'Hà Nội', city: true }, { name: 'Huế', city: true }, { name: 'Lai Châu', city: false }, { name: 'Điện Biên', city: false },
  { name: 'Sơn La', city: false }, { name: 'Lạng Sơn', city: false }, { name: 'Quảng Ninh', city: false }, { name: 'Thanh Hóa', city: false },
  { name: 'Nghệ An', city: false }, { name: 'Hà Tĩnh', city: false }, { name: 'Cao Bằng', city: false }, { name: 'Tuyên Quang', city: false },
  { name: 'Lào Cai', city: false }, { name: 'Thái Nguyên', city: false }, { name: 'Phú Thọ', city: false }, { name: 'Bắc Ninh', city: false },
  { name: 'Hưng Yên', city: false }, { name: 'Hải Phòng', city: true }, { name: 'Ninh Bình', city: false }, { name: 'Quảng Trị', city: false },
  { name: 'Đà Nẵng', city: true }, { name: 'Quảng Ngãi', city: false }, { name: 'Gia Lai', city: false }, { name: 'Khánh Hòa', city: false },
  { name: 'Lâm Đồng', city: false }, { name: 'Đắk Lắk', city: false }, { name: 'Hồ Chí Minh', city: true }, { name: 'Đồng Nai', city: false },
  { name: 'Tây Ninh', city: false }, { name: 'Cần Thơ', city: true }, { name: 'Vĩnh Long', city: false }, { name: 'Đồng Tháp', city: false },
  { name: 'Cà Mau', city: false }, { name: 'An Giang', city: false },
];
