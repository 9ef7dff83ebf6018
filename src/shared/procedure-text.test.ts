import { describe, expect, it } from 'vitest';
import { feesShort, feeText, processingTimeShort, processingTimeText } from './procedure-text';

describe('procedure time and fees as a board writes them', () => {
  it('writes counts under ten with two digits and keeps the note', () => {
    expect(processingTimeText({ value: 5, unit: 'working_days', note: 'kể từ ngày nhận đủ hồ sơ' })).toBe('05 ngày làm việc kể từ ngày nhận đủ hồ sơ');
    expect(processingTimeText({ value: 1.5, unit: 'hours' })).toBe('1,5 giờ');
    expect(processingTimeText({ value: 5, unit: 'working_days', note: 'Kể từ ngày nhận đủ hồ sơ' })).toBe('05 ngày làm việc kể từ ngày nhận đủ hồ sơ');
    expect(processingTimeText({ value: 5, unit: 'working_days', note: 'BHXH trả lời sau' })).toBe('05 ngày làm việc BHXH trả lời sau');
    expect(processingTimeText({ value: null, unit: 'days', note: 'Trong ngày' })).toBe('Trong ngày');
    expect(processingTimeText(null)).toBe('Không quy định');
    expect(processingTimeShort({ value: 15, unit: 'days', note: 'dài dòng' })).toBe('15 ngày');
  });

  it('joins the national database\'s "Đồng/hồ sơ" to the amount, and says free when it is', () => {
    expect(feeText({ name: 'Phí thẩm định', amountDong: 360_000, note: 'Đồng/hồ sơ; theo quy định' })).toBe('Phí thẩm định: 360.000 đồng/hồ sơ; theo quy định');
    expect(feeText({ name: 'Phí sao chụp', amountDong: 5000, note: 'mỗi trang' })).toBe('Phí sao chụp: 5.000 đồng mỗi trang');
    expect(feeText({ name: 'Lệ phí', amountDong: 0, note: 'Không thu phí.' })).toBe('Lệ phí: Không thu phí.');
    expect(feeText({ name: 'Lệ phí', amountDong: 0 })).toBe('Lệ phí: miễn phí');
    expect(feeText({ name: 'Đồng phí', amountDong: 10, note: 'Đồng hành' })).toBe('Đồng phí: 10 đồng Đồng hành');
  });

  it('shortens the fees of a list line', () => {
    expect(feesShort([])).toBe('Miễn phí');
    expect(feesShort([{ name: 'a', amountDong: 0, note: 'Không thu' }])).toBe('Miễn phí');
    expect(feesShort([{ name: 'a', amountDong: 50_000 }, { name: 'b', amountDong: 2_000 }])).toBe('Phí từ 2.000 đồng');
    expect(feesShort([{ name: 'a', amountDong: null, note: 'theo bảng giá' }])).toBe('Có thu phí, xem chi tiết');
  });
});
