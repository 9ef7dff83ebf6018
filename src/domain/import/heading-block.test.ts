import { describe, expect, it } from 'vitest';
import { readHeadingBlock } from './heading-block';
import { sourceLines } from './source-lines';

const read = (text: string) => readHeadingBlock(sourceLines(text));

describe('readHeadingBlock', () => {
  it('reads a blank number and a blank day and month', () => {
    expect(read('SỞ Y TẾ TỈNH LÀO CAI\nBỆNH VIỆN SẢN - NHI\nSố:      /KH-BVSN\nLào Cai, ngày       tháng       năm 2025')).toMatchObject({
      superior: 'SỞ Y TẾ TỈNH LÀO CAI',
      issuer: 'BỆNH VIỆN SẢN - NHI',
      number: null,
      symbol: 'KH-BVSN',
      place: 'Lào Cai',
      date: null,
      year: 2025,
    });
  });

  it('reads a written number and date, and refuses a date that does not exist', () => {
    expect(read('Số: 03/KH-BVSN\nLào Cai, ngày 05 tháng 01 năm 2026')).toMatchObject({ number: '03', date: '2026-01-05', year: 2026, issuer: null });
    expect(read('Hà Nội, ngày 31 tháng 02 năm 2026')).toMatchObject({ date: null, year: 2026, place: 'Hà Nội' });
  });

  it('takes a single body as the issuer and joins an issuer written on two lines', () => {
    expect(read('TRUNG TÂM Y TẾ HUYỆN A\nĐộc lập - Tự do - Hạnh phúc')).toMatchObject({ superior: null, issuer: 'TRUNG TÂM Y TẾ HUYỆN A' });
    expect(read('SỞ Y TẾ HÀ TĨNH\nTRUNG TÂM KIỂM SOÁT\nBỆNH TẬT\n-------')).toMatchObject({ superior: 'SỞ Y TẾ HÀ TĨNH', issuer: 'TRUNG TÂM KIỂM SOÁT BỆNH TẬT' });
  });

  it('reads a heading laid out as two table cells that came out one after the other, broken at any word', () => {
    const heading = ['|', '**ỦY BAN NHÂN', 'DÂN **', 'TỈNH HÀ GIANG', '-------', '|', '**CỘNG HÒA XÃ', 'HỘI CHỦ NGHĨA VIỆT NAM**', 'Độc lập - Tự do - Hạnh phúc', '|', '|', 'Số:', '0130/QĐ-UBND', '|', '*Thành phố Hà', 'Giang, ngày 07', 'tháng 4 năm 2026*', '|'];
    expect(read(heading.join('\n'))).toMatchObject({
      superior: null,
      issuer: 'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG',
      number: '0130',
      symbol: 'QĐ-UBND',
      place: 'Thành phố Hà Giang',
      date: '2026-04-07',
      year: 2026,
    });
  });

  it('reads the heading side by side on lines, and a superior only as a whole name of its own', () => {
    const sideBySide = ['SỞ Y TẾ TỈNH ĐIỆN BIÊN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TRUNG TÂM Y TẾ HUYỆN A      Độc lập - Tự do - Hạnh phúc', 'Số: 21/KH-TTYT      Điện Biên, ngày 3 tháng 2 năm 2026'];
    expect(read(sideBySide.join('\n'))).toMatchObject({ superior: 'SỞ Y TẾ TỈNH ĐIỆN BIÊN', issuer: 'TRUNG TÂM Y TẾ HUYỆN A', number: '21', symbol: 'KH-TTYT', place: 'Điện Biên', date: '2026-02-03' });
    // The motto above the date line is never its place; "TỈNH …" under a People's Committee is no body of its own.
    expect(read(['UBND', 'TỈNH ĐIỆN BIÊN', 'Độc lập - Tự do - Hạnh phúc', 'Điện Biên, ngày 3 tháng 2 năm 2026'].join('\n'))).toMatchObject({ superior: null, issuer: 'UBND TỈNH ĐIỆN BIÊN', place: 'Điện Biên' });
  });

  it('takes no superior from capitals that are no body, such as a site name standing right above the heading', () => {
    expect(read(['THƯ VIỆN PHÁP LUẬT', 'ỦY BAN NHÂN DÂN', 'TỈNH YÊN BÁI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 9/KH-UBND'].join('\n'))).toMatchObject({ superior: null, issuer: 'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI' });
    expect(read(['BỘ Y TẾ', 'BỆNH VIỆN BẠCH MAI', 'Số: 9/KH-BM'].join('\n'))).toMatchObject({ superior: 'BỘ Y TẾ', issuer: 'BỆNH VIỆN BẠCH MAI' });
  });
});
