import { describe, expect, it } from 'vitest';
import { periodPhrase, reportAsOf, reportDueOn, reportRange, reportSymbol, reportTitle } from './periods';

describe('report periods', () => {
  it('runs quarter I, 6 months, 9 months and the year from 1 January', () => {
    expect(reportRange({ period: 'Q1', year: 2026 }).range).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(reportRange({ period: 'H1', year: 2026 }).range).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(reportRange({ period: '9M', year: 2026 }).range).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    expect(reportRange({ period: 'Y', year: 2026 }).range).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('ignores from and to for a named period', () => {
    expect(reportRange({ period: 'Q1', year: 2026, from: '2026-02-01', to: '2026-02-10' }).range).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('takes a custom range as given when it runs forwards inside the year', () => {
    expect(reportRange({ period: 'custom', year: 2026, from: '2026-02-01', to: '2026-05-15' }).range).toEqual({ from: '2026-02-01', to: '2026-05-15' });
    expect(reportRange({ period: 'custom', year: 2026, from: '2026-05-15', to: '2026-05-15' }).range).toEqual({ from: '2026-05-15', to: '2026-05-15' });
  });

  it('refuses a custom range that is missing, malformed, backwards or across years, in Vietnamese', () => {
    expect(reportRange({ period: 'custom', year: 2026 }).problems).toEqual([
      { field: 'from', message: 'Cần nhập ngày bắt đầu của kỳ báo cáo.' },
      { field: 'to', message: 'Cần nhập ngày kết thúc của kỳ báo cáo.' },
    ]);
    expect(reportRange({ period: 'custom', year: 2026, from: '2026-02-30', to: '2026-03-01' }).problems).toEqual([{ field: 'from', message: 'Ngày không hợp lệ (định dạng yyyy-mm-dd).' }]);
    expect(reportRange({ period: 'custom', year: 2026, from: '2026-05-01', to: '2026-04-30' }).problems).toEqual([{ field: 'to', message: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.' }]);
    expect(reportRange({ period: 'custom', year: 2026, from: '2025-12-01', to: '2026-01-31' }).problems).toEqual([{ field: 'from', message: 'Ngày 01/12/2025 không thuộc năm 2026 của báo cáo.' }]);
  });

  it('is due on the last day of the period and read as of that day, or today while it runs', () => {
    const q1 = { from: '2026-01-01', to: '2026-03-31' };
    expect(reportDueOn(q1)).toBe('2026-03-31');
    expect(reportAsOf(q1, '2026-11-23')).toBe('2026-03-31');
    expect(reportAsOf(q1, '2026-02-10')).toBe('2026-02-10');
    expect(reportAsOf(q1, '2025-12-20')).toBe('2026-01-01');
  });

  it('names the period as the title line does', () => {
    const range = { from: '2026-02-01', to: '2026-05-15' };
    expect(reportTitle('Q1', 2026, range)).toBe('Kết quả thực hiện công tác cải cách hành chính quý I năm 2026');
    expect(periodPhrase('H1', 2026, range)).toBe('6 tháng đầu năm 2026');
    expect(periodPhrase('9M', 2026, range)).toBe('9 tháng đầu năm 2026');
    expect(periodPhrase('Y', 2026, range)).toBe('năm 2026');
    expect(periodPhrase('custom', 2026, range)).toBe('từ ngày 01/02/2026 đến ngày 15/05/2026');
    expect(reportSymbol('TTYT')).toBe('BC-TTYT');
  });
});
