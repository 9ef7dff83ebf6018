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
    expect(read('Số: 03/KH-BVSN\nLào Cai, ngày 05 tháng 01 năm 2026')).toMatchObject({ number: 3, date: '2026-01-05', year: 2026, issuer: null });
    expect(read('Hà Nội, ngày 31 tháng 02 năm 2026')).toMatchObject({ date: null, year: 2026, place: 'Hà Nội' });
  });

  it('takes a single body as the issuer and joins an issuer written on two lines', () => {
    expect(read('TRUNG TÂM Y TẾ HUYỆN A\nĐộc lập - Tự do - Hạnh phúc')).toMatchObject({ superior: null, issuer: 'TRUNG TÂM Y TẾ HUYỆN A' });
    expect(read('SỞ Y TẾ HÀ TĨNH\nTRUNG TÂM KIỂM SOÁT\nBỆNH TẬT\n-------')).toMatchObject({ superior: 'SỞ Y TẾ HÀ TĨNH', issuer: 'TRUNG TÂM KIỂM SOÁT BỆNH TẬT' });
  });
});
