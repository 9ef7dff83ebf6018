/**
 * Vietnam's public holidays computed from the law, for the years whose arrangement the
 * Government has not announced (and as the fallback outside the table).
 *
 * Legal basis — Bộ luật Lao động 2019 (45/2019/QH14):
 * - Điều 112 khoản 1: Tết Dương lịch 01/01; Tết Âm lịch 5 days; Ngày Chiến thắng 30/4; Ngày Quốc tế
 *   Lao động 01/5; Quốc khánh 02/9 plus "01 ngày liền kề trước hoặc sau"; Giỗ Tổ Hùng Vương 10/3 âm lịch.
 * - Điều 112 khoản 3: each year the Prime Minister fixes which days are the 5 Tết days and which
 *   day sits next to 02/9. So for an unannounced year those two are a forecast, not the law.
 * - Điều 111 khoản 3: a holiday on a weekly rest day gives a day off "vào ngày làm việc kế tiếp".
 *   Public bodies rest on Saturday and Sunday (Quyết định 188/1999/QĐ-TTg, the 40-hour week).
 * Swaps (hoán đổi: a weekday off for a Saturday worked) exist only by announcement; the rule
 * never invents one.
 */
import { isoDate } from '../schedule/calendar';
import type { DayOff, HolidayYear } from './holidays';
import { addDays, isWeekend, weekdayOf, type IsoDate } from './iso-day';

/** Gregorian dates of mùng 1 Tết and of 10/3 âm lịch for one year (Vietnamese calendar, UTC+7). */
export type LunarDates = { tet: IsoDate; hungKings: IsoDate };

const TET = 'Tết Nguyên đán';

/**
 * The day beside 02/9, by the weekday 02/9 falls on (1 = Monday): the weekday neighbour that
 * joins the break to a weekend, else the day before. It reproduces the announced choices of 2024
 * (Monday → 03/9), 2025 (Tuesday → 01/9) and 2026 (Wednesday → 01/9).
 */
const NATIONAL_DAY_NEIGHBOUR: Record<number, -1 | 1> = { 1: 1, 2: -1, 3: -1, 4: 1, 5: -1, 6: -1, 7: 1 };

function legalHolidays(year: number, lunar: LunarDates | undefined): DayOff[] {
  const holiday = (date: IsoDate, name: string): DayOff => ({ date, name, kind: 'holiday' });
  const nationalDay = isoDate(year, 9, 2);
  const days = [
    holiday(isoDate(year, 1, 1), 'Tết Dương lịch'),
    holiday(isoDate(year, 4, 30), 'Ngày Chiến thắng'),
    holiday(isoDate(year, 5, 1), 'Ngày Quốc tế Lao động'),
    holiday(nationalDay, 'Quốc khánh'),
    holiday(addDays(nationalDay, NATIONAL_DAY_NEIGHBOUR[weekdayOf(nationalDay)] ?? 1), 'Quốc khánh'),
  ];
  if (lunar) {
    // The last day of the old lunar year (29 or 30 tháng Chạp) and mùng 1 to mùng 4.
    for (let offset = -1; offset <= 3; offset++) days.push(holiday(addDays(lunar.tet, offset), TET));
    days.push(holiday(lunar.hungKings, 'Giỗ Tổ Hùng Vương'));
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

function firstFreeWeekday(from: IsoDate, step: 1 | -1, taken: ReadonlySet<IsoDate>): IsoDate {
  let date = from;
  while (isWeekend(date) || taken.has(date)) date = addDays(date, step);
  return date;
}

/**
 * Weekend holidays move to the next working day (Điều 111 khoản 3). Tết is the exception the
 * Prime Minister has made every year: a Tết day on Saturday is given back on the working day
 * before the break, one on Sunday on the working day after it. That is how the announced Tết of
 * 2023 (20–26/01), 2024 (08–14/02), 2025 (27–31/01 on weekdays) and 2026 (16–20/02) come out, and
 * moving everything forward would miss three of the four.
 */
function substitutes(holidays: readonly DayOff[], lunar: LunarDates | undefined): DayOff[] {
  const taken = new Set(holidays.map((h) => h.date));
  const result: DayOff[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    const beforeTet = h.name === TET && lunar !== undefined && weekdayOf(h.date) === 6;
    const date = beforeTet
      ? firstFreeWeekday(addDays(lunar.tet, -2), -1, taken)
      : firstFreeWeekday(addDays(h.date, 1), 1, taken);
    taken.add(date);
    result.push({ date, name: `Nghỉ bù ${h.name}`, kind: 'substitute' });
  }
  return result;
}

/**
 * The holidays of `year` by the rule. Without `lunar` the year has only the solar holidays:
 * Tết Nguyên đán and Giỗ Tổ need the lunar calendar, which this module only knows as a table.
 */
export function holidaysByRule(year: number, lunar?: LunarDates): HolidayYear {
  const holidays = legalHolidays(year, lunar);
  const days = [...holidays, ...substitutes(holidays, lunar)].sort((a, b) => a.date.localeCompare(b.date));
  const source = lunar
    ? 'Tính theo Bộ luật Lao động 2019 (Điều 112, Điều 111 khoản 3), chưa có thông báo của Chính phủ: ' +
      'ngày nghỉ Tết Âm lịch, ngày liền kề Quốc khánh và các ngày hoán đổi có thể khác khi được công bố.'
    : 'Ngoài bảng lịch: chỉ có ngày nghỉ cuối tuần và các ngày lễ dương lịch theo Bộ luật Lao động 2019; ' +
      'không có Tết Nguyên đán, Giỗ Tổ Hùng Vương và các ngày hoán đổi.';
  return { year, basis: lunar ? 'computed' : 'fallback', days, extraWorkingDays: [], source };
}
