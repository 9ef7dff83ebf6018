/**
 * Deadlines written as dates: "trước 30/6/2026", "trước ngày 15/12/2026", "30/6/2026", "trước 30/6"
 * (the plan's year), "ngày 15 tháng 12 năm 2026", and ranges "từ 01/3/2026 đến 30/6/2026".
 */
import { daysInMonth, formatDateVi, isoDate, isRealDate } from './calendar';
import { notUnderstood, type Recognised, type Recogniser } from './deadline-text';

type WrittenDate = { day: number; month: number; year: number | null };

/** The same separator twice, so "2-3/2026" is not taken for 2 March. */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})$/;
const WORDED_DATE = /^(\d{1,2}) thang (\d{1,2})(?:\s*,?\s*nam (\d{4}))?$/;

function readWrittenDate(text: string): WrittenDate | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[3]), year: Number(numeric[4]) };
  const dayMonth = DAY_MONTH.exec(text) ?? WORDED_DATE.exec(text);
  if (!dayMonth) return null;
  return { day: Number(dayMonth[1]), month: Number(dayMonth[2]), year: dayMonth[3] ? Number(dayMonth[3]) : null };
}

/** A real date as ISO, or the Vietnamese reason it is not one. */
function checkDate(date: WrittenDate, year: number): { iso: string } | { reason: string } {
  const written = `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${year}`;
  if (date.month < 1 || date.month > 12) {
    return { reason: `Không có tháng ${date.month} trong ngày ${written}: tháng ghi từ 1 đến 12.` };
  }
  if (!isRealDate({ year, month: date.month, day: date.day })) {
    const days = daysInMonth(year, date.month);
    return { reason: `Ngày ${written} không có thật: tháng ${date.month}/${year} chỉ có ${days} ngày.` };
  }
  return { iso: isoDate(year, date.month, date.day) };
}

const DEADLINE_PREFIX = /^(?:hoan thanh\s+)?(?:(?:truoc|cham nhat(?: la| vao)?|han(?: chot)?|den(?: het)?|vao)\s+)?(?:ngay\s+)?/;

export const recogniseDueDate: Recogniser = (folded, defaultYear): Recognised => {
  const written = readWrittenDate(folded.replace(DEADLINE_PREFIX, ''));
  if (!written) return null;
  const checked = checkDate(written, written.year ?? defaultYear);
  if ('reason' in checked) return notUnderstood(checked.reason);
  return { understood: true, schedule: { kind: 'by_date', year: Number(checked.iso.slice(0, 4)), due: checked.iso } };
};

const RANGE_START_PREFIX = /^(?:tu\s+)?(?:ngay\s+)?/;
const RANGE_END_PREFIX = /^(?:het\s+)?(?:ngay\s+)?/;

/**
 * Tries every separator position, because "-" may also sit inside the dates ("1-3-2026 - 30-6-2026").
 * A date without a year takes the other date's year, else the plan's.
 */
export const recogniseDateRange: Recogniser = (folded, defaultYear): Recognised => {
  for (const separator of folded.matchAll(/\s*(?:-|\bden\b|\btoi\b)\s*/g)) {
    const from = readWrittenDate(folded.slice(0, separator.index).replace(RANGE_START_PREFIX, ''));
    const to = readWrittenDate(folded.slice(separator.index + separator[0].length).replace(RANGE_END_PREFIX, ''));
    if (!from || !to) continue;
    const start = checkDate(from, from.year ?? to.year ?? defaultYear);
    const end = checkDate(to, to.year ?? from.year ?? defaultYear);
    if ('reason' in start) return notUnderstood(start.reason);
    if ('reason' in end) return notUnderstood(end.reason);
    if (start.iso > end.iso) {
      return notUnderstood(
        `Ngày bắt đầu ${formatDateVi(start.iso)} sau ngày kết thúc ${formatDateVi(end.iso)}: ` +
          'hãy ghi ngày đầu trước, ví dụ "từ 01/3/2026 đến 30/6/2026".',
      );
    }
    const year = Number(start.iso.slice(0, 4));
    return { understood: true, schedule: { kind: 'period', span: 'dates', year, start: start.iso, end: end.iso } };
  }
  return null;
};
