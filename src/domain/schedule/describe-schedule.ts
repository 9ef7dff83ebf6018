/**
 * A short Vietnamese description of a schedule, written the way plans write deadlines so that
 * parseDeadline(describeSchedule(s), s.year) gives back s (the year of "Khi có yêu cầu" excepted,
 * which comes from the plan).
 */
import { formatDateVi, formatQuarter } from './calendar';
import type { PeriodSchedule, Quarter, Schedule } from './schedule';

export function describeSchedule(schedule: Schedule): string {
  const { year } = schedule;
  switch (schedule.kind) {
    case 'period':
      return describePeriod(schedule);
    case 'by_date':
      return `Trước ${formatDateVi(schedule.due)}`;
    case 'quarterly':
      return `${timesPer(schedule.timesPerPeriod, 'quý')} năm ${year} (4 kỳ)`;
    case 'monthly':
      return `${timesPer(schedule.timesPerPeriod, 'tháng')} năm ${year} (12 kỳ)`;
    case 'continuous':
      return `Thường xuyên, kiểm tra mỗi quý năm ${year}`;
    case 'on_request':
      return 'Khi có yêu cầu';
  }
}

function describePeriod(schedule: PeriodSchedule): string {
  const { year } = schedule;
  switch (schedule.span) {
    case 'quarters':
      return `Quý ${runs(schedule.quarters, (q) => formatQuarter(q as Quarter))}/${year}`;
    case 'months':
      return `Tháng ${runs(schedule.months, String)}/${year}`;
    case 'first_half':
      return `6 tháng đầu năm ${year}`;
    case 'second_half':
      return `6 tháng cuối năm ${year}`;
    case 'nine_months':
      return `9 tháng đầu năm ${year}`;
    case 'year':
      return `Năm ${year}`;
    case 'dates':
      return `Từ ${formatDateVi(schedule.start)} đến ${formatDateVi(schedule.end)}`;
  }
}

function timesPer(times: number, period: 'quý' | 'tháng'): string {
  return times === 1 ? `Hàng ${period}` : `${String(times).padStart(2, '0')} lần/${period}`;
}

/** [1, 2, 4] → "I–II, IV": consecutive values as an en-dash range, the way plans write them. */
function runs(values: readonly number[], show: (value: number) => string): string {
  const parts: string[] = [];
  let index = 0;
  while (index < values.length) {
    let last = index;
    while (last + 1 < values.length && values[last + 1] === (values[last] ?? 0) + 1) last++;
    const from = show(values[index] ?? 0);
    parts.push(last === index ? from : `${from}–${show(values[last] ?? 0)}`);
    index = last + 1;
  }
  return parts.join(', ');
}
