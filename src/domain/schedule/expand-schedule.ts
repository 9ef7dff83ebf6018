/**
 * Expands a schedule into the occurrences a body reports on: one per period, due at the period's end.
 */
import { isoDate, monthRange, monthsRange, quarterRange, firstMonthOf, lastMonthOf, type DateSpan } from './calendar';
import { MONTHS, QUARTERS, type Occurrence, type PeriodSchedule, type Schedule } from './schedule';

/**
 * Ordered by start; never overlapping. One span (quarters, months, half, 9 months, year, dates,
 * a due date) is one occurrence; "Hàng quý" and "Thường xuyên" are four quarterly ones, "Hàng tháng"
 * twelve; "Khi có yêu cầu" none, since nothing is due until a request is logged.
 */
export function expandSchedule(schedule: Schedule): Occurrence[] {
  switch (schedule.kind) {
    case 'period':
      return [dueAtEnd(periodRange(schedule))];
    case 'by_date':
      return [{ start: isoDate(Number(schedule.due.slice(0, 4)), 1, 1), end: schedule.due, due: schedule.due }];
    case 'quarterly':
    case 'continuous':
      return QUARTERS.map((quarter) => dueAtEnd(quarterRange(schedule.year, quarter)));
    case 'monthly':
      return MONTHS.map((month) => dueAtEnd(monthRange(schedule.year, month)));
    case 'on_request':
      return [];
  }
}

/** The whole span a period covers; a list with gaps ("Quý I, III") runs from its first to its last. */
export function periodRange(schedule: PeriodSchedule): DateSpan {
  const { year } = schedule;
  switch (schedule.span) {
    case 'quarters': {
      const first = schedule.quarters[0] ?? 1;
      const last = schedule.quarters[schedule.quarters.length - 1] ?? 4;
      return monthsRange(year, firstMonthOf(first), lastMonthOf(last));
    }
    case 'months':
      return monthsRange(year, schedule.months[0] ?? 1, schedule.months[schedule.months.length - 1] ?? 12);
    case 'first_half':
      return monthsRange(year, 1, 6);
    case 'second_half':
      return monthsRange(year, 7, 12);
    case 'nine_months':
      return monthsRange(year, 1, 9);
    case 'year':
      return monthsRange(year, 1, 12);
    case 'dates':
      return { start: schedule.start, end: schedule.end };
  }
}

function dueAtEnd({ start, end }: DateSpan): Occurrence {
  return { start, end, due: end };
}
