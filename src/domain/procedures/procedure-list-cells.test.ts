import { describe, expect, it } from 'vitest';
import { readFees, readHeading, readLevel, readProcessingTime } from './procedure-list-cells';

describe('the cells of a published list of procedures', () => {
  it('reads the level however it is written, the first one named when several are', () => {
    expect(['Cấp tỉnh', 'cap tinh', 'Sở Y tế', 'Cấp huyện, cấp xã', 'UBND cấp xã', 'Tại đơn vị', 'Bệnh viện', 'Cấp trung ương', 'Cấp phường'].map(readLevel)).toEqual([
      'province',
      'province',
      'province',
      'district',
      'commune',
      'body',
      'body',
      'central',
      null,
    ]);
  });

  it('reads a processing time with its unit, keeping what is said around it as the note', () => {
    expect(readProcessingTime('05 ngày làm việc')).toEqual({ value: 5, unit: 'working_days', note: null });
    expect(readProcessingTime('24 giờ')).toEqual({ value: 24, unit: 'hours', note: null });
    expect(readProcessingTime('10 ngày kể từ ngày nhận đủ hồ sơ')).toEqual({ value: 10, unit: 'days', note: '10 ngày kể từ ngày nhận đủ hồ sơ' });
    expect(readProcessingTime('Trong ngày')).toEqual({ value: null, unit: 'days', note: 'Trong ngày' });
    expect(readProcessingTime('0,5 ngày làm việc')).toMatchObject({ value: 0.5, unit: 'working_days' });
  });

  it('reads fees: none when the list says so, the amount when it names one', () => {
    for (const none of ['Không', 'Không thu', 'Miễn phí', 'không có.', '0 đồng']) expect(readFees(none), none).toEqual([]);
    expect(readFees('500.000 đồng')).toEqual([{ name: 'Phí, lệ phí', amountDong: 500_000, note: null }]);
    expect(readFees('50.000đ/lần')).toEqual([{ name: 'Phí, lệ phí', amountDong: 50_000, note: '50.000đ/lần' }]);
    expect(readFees('Theo quy định tại Thông tư số 59/2023/TT-BTC')).toEqual([{ name: 'Phí, lệ phí', amountDong: null, note: 'Theo quy định tại Thông tư số 59/2023/TT-BTC' }]);
  });

  it('reads section rows as a part of the annex, a level or a field', () => {
    expect(readHeading('I. Lĩnh vực Khám bệnh, chữa bệnh')).toEqual({ kind: 'field', field: 'Khám bệnh, chữa bệnh' });
    expect(readHeading('II. LĨNH VỰC DƯỢC PHẨM (12 thủ tục)')).toEqual({ kind: 'field', field: 'Dược phẩm' });
    expect(readHeading('3. Linh vuc: Y te du phong')).toEqual({ kind: 'field', field: 'Y te du phong' });
    expect(readHeading('IV. BẢO HIỂM Y TẾ')).toEqual({ kind: 'field', field: 'Bảo hiểm y tế' });
    expect(readHeading('A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH')).toEqual({ kind: 'level', level: 'province', abolished: false });
    expect(readHeading('Phần I. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH')).toEqual({ kind: 'part', abolished: false });
    expect(readHeading('Phần III. Danh mục TTHC bị bãi bỏ')).toEqual({ kind: 'part', abolished: true });
  });
});
