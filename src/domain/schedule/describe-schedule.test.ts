import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describe-schedule';
import type { Schedule } from './schedule';

describe('describeSchedule', () => {
  it.each<[Schedule, string]>([
    [{ kind: 'period', span: 'quarters', year: 2026, quarters: [2, 3] }, 'Quý II–III/2026'],
    [{ kind: 'period', span: 'quarters', year: 2026, quarters: [1] }, 'Quý I/2026'],
    [{ kind: 'period', span: 'quarters', year: 2026, quarters: [1, 2, 4] }, 'Quý I–II, IV/2026'],
    [{ kind: 'period', span: 'months', year: 2026, months: [3, 4] }, 'Tháng 3–4/2026'],
    [{ kind: 'period', span: 'months', year: 2026, months: [3, 5] }, 'Tháng 3, 5/2026'],
    [{ kind: 'period', span: 'first_half', year: 2026 }, '6 tháng đầu năm 2026'],
    [{ kind: 'period', span: 'second_half', year: 2026 }, '6 tháng cuối năm 2026'],
    [{ kind: 'period', span: 'nine_months', year: 2026 }, '9 tháng đầu năm 2026'],
    [{ kind: 'period', span: 'year', year: 2026 }, 'Năm 2026'],
    [{ kind: 'period', span: 'dates', year: 2026, start: '2026-03-01', end: '2026-06-30' }, 'Từ 01/03/2026 đến 30/06/2026'],
    [{ kind: 'by_date', year: 2026, due: '2026-06-30' }, 'Trước 30/06/2026'],
    [{ kind: 'quarterly', year: 2026, timesPerPeriod: 1 }, 'Hàng quý năm 2026 (4 kỳ)'],
    [{ kind: 'quarterly', year: 2025, timesPerPeriod: 2 }, '02 lần/quý năm 2025 (4 kỳ)'],
    [{ kind: 'monthly', year: 2026, timesPerPeriod: 1 }, 'Hàng tháng năm 2026 (12 kỳ)'],
    [{ kind: 'continuous', year: 2026 }, 'Thường xuyên, kiểm tra mỗi quý năm 2026'],
    [{ kind: 'on_request', year: 2026 }, 'Khi có yêu cầu'],
  ])('%j → %s', (schedule, text) => {
    expect(describeSchedule(schedule)).toBe(text);
  });
});
