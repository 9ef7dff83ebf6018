/**
 * Deadlines that name one span of a year: "Quý I năm 2026", "Quý II–III/2026", "Quý II, III năm 2026",
 * "tháng 3/2026", "Tháng 3, 4/2026", "6 tháng đầu năm", "9 tháng", "Cả năm", "Trong năm 2026".
 */
import {
  notUnderstood,
  readArabic,
  readNumberedList,
  readRomanOrArabic,
  splitTrailingYear,
  type NumberedUnit,
  type Recognised,
  type Recogniser,
} from './deadline-text';
import { formatQuarter } from './calendar';
import type { Month, PeriodSchedule, Quarter } from './schedule';

const QUARTER_UNIT: NumberedUnit = {
  word: /^qu[yi](?![a-z])\s*/,
  read: readRomanOrArabic,
  max: 4,
  show: (value) => formatQuarter(value as Quarter),
  outOfRange: (token) =>
    `Không có quý ${/^\d+$/.test(token) ? token : token.toUpperCase()}: một năm có bốn quý, ghi từ I đến IV (hoặc 1 đến 4).`,
  reversed: (from, to) => `Khoảng quý ${from}–${to} bị ngược: hãy ghi quý đầu trước, ví dụ "Quý II–III/2026".`,
};

const MONTH_UNIT: NumberedUnit = {
  word: /^thang(?![a-z])\s*/,
  read: readArabic,
  max: 12,
  show: String,
  outOfRange: (token) => `Không có tháng ${Number(token)}: tháng ghi từ 1 đến 12.`,
  reversed: (from, to) => `Khoảng tháng ${from}–${to} bị ngược: hãy ghi tháng đầu trước, ví dụ "Tháng 3–4/2026".`,
};

type NamedSpan = Exclude<PeriodSchedule['span'], 'quarters' | 'months' | 'dates'>;

/** Bodies left once the year and a trailing "năm" are taken off. */
const NAMED_SPANS: [RegExp, NamedSpan][] = [
  [/^(?:ca)?$/, 'year'],
  [/^0?6 thang(?: dau)?$/, 'first_half'],
  [/^0?6 thang cuoi$/, 'second_half'],
  [/^0?9 thang(?: dau)?$/, 'nine_months'],
];

/** "Trong", "Hoàn thành trong", "Thực hiện vào" add nothing to a period. */
const LEAD_IN = /^(?:(?:hoan thanh|thuc hien)\s+)?(?:(?:trong|vao)\s+)?/;

export const recognisePeriod: Recogniser = (folded, defaultYear): Recognised => {
  const split = splitTrailingYear(folded.replace(LEAD_IN, ''));
  const body = split.body.replace(/\s*\bnam$/, '');

  const named = NAMED_SPANS.find(([pattern]) => pattern.test(body));
  if (named) return understood({ kind: 'period', span: named[1], year: split.year ?? defaultYear });

  const unit = /^qu[yi](?![a-z])/.test(body) ? QUARTER_UNIT : /^thang(?![a-z])/.test(body) ? MONTH_UNIT : null;
  const list = unit && readNumberedList(body, unit, split.year);
  if (!list) return null;
  if ('reason' in list) return notUnderstood(list.reason);
  const year = list.year ?? defaultYear;
  return understood(
    unit === QUARTER_UNIT
      ? { kind: 'period', span: 'quarters', year, quarters: list.values as Quarter[] }
      : { kind: 'period', span: 'months', year, months: list.values as Month[] },
  );
};

function understood(schedule: PeriodSchedule): Recognised {
  return { understood: true, schedule };
}
