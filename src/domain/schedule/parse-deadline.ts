/**
 * Reads a task's deadline as written in a plan's appendix ("Thời hạn hoàn thành") into a schedule.
 * The text itself is kept as written elsewhere; this only says what it means, or why it cannot tell.
 */
import { foldDeadlineText, notUnderstood, type Recogniser } from './deadline-text';
import { recogniseDateRange, recogniseDueDate } from './recognise-dates';
import { recognisePeriod } from './recognise-periods';
import { recogniseOnRequest, recogniseRhythm } from './recognise-recurring';
import type { ParsedDeadline, Schedule } from './schedule';

/** Years outside this range are typing slips ("Quý I/2206"), not plans. */
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2099;

export const DEADLINE_EXAMPLES = '"Quý II/2026", "Hàng quý", "Thường xuyên", "Khi có yêu cầu", "trước 30/6/2026"';

/** Order matters: rhythms before periods ("Hàng năm" is not "năm"), ranges before single dates. */
const RECOGNISERS: Recogniser[] = [
  recogniseOnRequest,
  recogniseRhythm,
  recogniseDateRange,
  recogniseDueDate,
  recognisePeriod,
];

/** `defaultYear` is the plan's year, used when the text names none. */
export function parseDeadline(text: string, defaultYear: number): ParsedDeadline {
  if (!Number.isInteger(defaultYear)) throw new RangeError(`defaultYear must be an integer, got ${defaultYear}`);
  const folded = foldDeadlineText(text);
  if (folded === '') return notUnderstood(`Chưa ghi thời hạn. Hãy ghi theo mẫu: ${DEADLINE_EXAMPLES}.`);
  for (const recognise of RECOGNISERS) {
    const parsed = recognise(folded, defaultYear);
    if (parsed) return parsed.understood ? checkYears(parsed.schedule) : parsed;
  }
  return notUnderstood(`Không hiểu thời hạn "${text.trim()}". Hãy ghi theo mẫu: ${DEADLINE_EXAMPLES}.`);
}

function checkYears(schedule: Schedule): ParsedDeadline {
  const years = [schedule.year, ...datesOf(schedule).map((date) => Number(date.slice(0, 4)))];
  const wrong = years.find((year) => year < EARLIEST_YEAR || year > LATEST_YEAR);
  if (wrong === undefined) return { understood: true, schedule };
  return notUnderstood(`Năm ${wrong} không hợp lệ: hãy ghi năm từ ${EARLIEST_YEAR} đến ${LATEST_YEAR}, ví dụ "Quý II/2026".`);
}

function datesOf(schedule: Schedule): string[] {
  if (schedule.kind === 'by_date') return [schedule.due];
  if (schedule.kind === 'period' && schedule.span === 'dates') return [schedule.start, schedule.end];
  return [];
}
