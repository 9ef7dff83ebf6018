/**
 * Vietnam's public holidays for 2024–2030, kept in the code so a deadline counted in working days
 * (phản ánh, kiến nghị: SPEC §2.8) comes out the same on every server.
 *
 * Legal basis: Bộ luật Lao động 2019 (45/2019/QH14) Điều 112 (which days), Điều 111 khoản 3
 * (a holiday on a weekend is given back on the next working day); see `holiday-rule.ts`.
 * Ngày Văn hóa Việt Nam (24/11) is NOT a day off here: Nghị quyết 80-NQ/TW (01/2026) and
 * Nghị quyết 30/NQ-CP (02/2026) call for adding it to Điều 112, but no amendment in force was found
 * when this table was written (11/2026). Add it, with its legal basis, once enacted.
 *
 * Which years are what:
 * - 2024, 2025, 2026: as announced (the Prime Minister's decisions sent by Văn phòng Chính phủ and
 *   the ministry's notices), including days off swapped against Saturdays worked.
 * - 2027–2030: computed by the rule from the lunar dates below; no announcement was known. The
 *   Tết days, the day beside 02/9 and any swap may differ once announced: replace the year then.
 * - Other years: `holidaysByRule` without lunar dates (weekends and solar holidays only).
 */
import { holidaysByRule, type LunarDates } from './holiday-rule';
import type { IsoDate } from './iso-day';

export type DayOffKind = 'holiday' | 'substitute' | 'swapped';
/** A date offices are closed for a holiday: the holiday itself (even on a weekend), a nghỉ bù, or a swapped weekday. */
export type DayOff = { date: IsoDate; name: string; kind: DayOffKind };
/** A Saturday worked in exchange for a swapped weekday (làm bù). */
export type ExtraWorkingDay = { date: IsoDate; reason: string };
export type CalendarBasis = 'announced' | 'computed' | 'fallback';
export type HolidayYear = {
  year: number;
  basis: CalendarBasis;
  days: DayOff[];
  extraWorkingDays: ExtraWorkingDay[];
  source: string;
};

export const FIRST_KNOWN_YEAR = 2024;
export const LAST_KNOWN_YEAR = 2030;

/**
 * Mùng 1 Tết and Giỗ Tổ (10/3 âm lịch) in the Vietnamese lunar calendar, which counts days at UTC+7.
 * Checked against Hồ Ngọc Đức's astronomical algorithm. 2030 differs from the Chinese calendar:
 * the new moon falls at 23:07 on 02/02/2030 in Hà Nội but after midnight in Beijing, so Tết Canh
 * Tuất is 02/02/2030 here (03/02 in China).
 */
export const LUNAR_DATES: Readonly<Record<number, LunarDates>> = {
  2024: { tet: '2024-02-10', hungKings: '2024-04-18' },
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
  2028: { tet: '2028-01-26', hungKings: '2028-04-04' },
  2029: { tet: '2029-02-13', hungKings: '2029-04-23' },
  2030: { tet: '2030-02-02', hungKings: '2030-04-12' },
};

const holiday = (date: IsoDate, name: string): DayOff => ({ date, name, kind: 'holiday' });
const substitute = (date: IsoDate, name: string): DayOff => ({ date, name: `Nghỉ bù ${name}`, kind: 'substitute' });
const swapped = (date: IsoDate, workedOn: string): DayOff => ({
  date,
  name: `Nghỉ hoán đổi (làm bù thứ Bảy ${workedOn})`,
  kind: 'swapped',
});
const tet = (...dates: IsoDate[]) => dates.map((d) => holiday(d, 'Tết Nguyên đán'));

const ANNOUNCED: readonly HolidayYear[] = [
  {
    year: 2024,
    basis: 'announced',
    days: [
      holiday('2024-01-01', 'Tết Dương lịch'),
      // 29 tháng Chạp to mùng 3 (10–11/02 a weekend), given back on 13 and 14/02.
      ...tet('2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'),
      substitute('2024-02-13', 'Tết Nguyên đán'),
      substitute('2024-02-14', 'Tết Nguyên đán'),
      holiday('2024-04-18', 'Giỗ Tổ Hùng Vương'),
      swapped('2024-04-29', '04/05/2024'),
      holiday('2024-04-30', 'Ngày Chiến thắng'),
      holiday('2024-05-01', 'Ngày Quốc tế Lao động'),
      holiday('2024-09-02', 'Quốc khánh'),
      holiday('2024-09-03', 'Quốc khánh'),
    ],
    extraWorkingDays: [{ date: '2024-05-04', reason: 'Làm bù cho thứ Hai 29/04/2024' }],
    source:
      'Bộ luật Lao động 2019 Điều 112; thông báo của Bộ LĐTBXH: Tết Âm lịch 08/02–14/02/2024 (5 ngày Tết, ' +
      '2 ngày nghỉ bù), Quốc khánh 31/8–03/9/2024; Công văn 2450/VPCP-KGVX ngày 12/4/2024 (nghỉ 29/4, làm bù 04/5/2024).',
  },
  {
    year: 2025,
    basis: 'announced',
    days: [
      holiday('2025-01-01', 'Tết Dương lịch'),
      // 28 tháng Chạp to mùng 3; with the weekends the break runs 25/01–02/02.
      ...tet('2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'),
      holiday('2025-04-07', 'Giỗ Tổ Hùng Vương'),
      holiday('2025-04-30', 'Ngày Chiến thắng'),
      holiday('2025-05-01', 'Ngày Quốc tế Lao động'),
      swapped('2025-05-02', '26/04/2025'),
      holiday('2025-09-01', 'Quốc khánh'),
      holiday('2025-09-02', 'Quốc khánh'),
    ],
    extraWorkingDays: [{ date: '2025-04-26', reason: 'Làm bù cho thứ Sáu 02/05/2025' }],
    source:
      'Bộ luật Lao động 2019 Điều 112; Công văn 8726/VPCP-KGVX ngày 26/11/2024 và thông báo của Bộ LĐTBXH ' +
      '(nay Bộ Nội vụ): Tết Âm lịch 25/01–02/02/2025, nghỉ 30/4–04/5/2025 (làm bù thứ Bảy 26/4), Quốc khánh 30/8–02/9/2025.',
  },
  {
    year: 2026,
    basis: 'announced',
    days: [
      holiday('2026-01-01', 'Tết Dương lịch'),
      swapped('2026-01-02', '10/01/2026'),
      // 29 tháng Chạp to mùng 4; with the weekends the break runs 14/02–22/02.
      ...tet('2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'),
      // Not announced separately: the law alone (10/3 âm lịch is a Sunday, so Monday is off).
      holiday('2026-04-26', 'Giỗ Tổ Hùng Vương'),
      substitute('2026-04-27', 'Giỗ Tổ Hùng Vương'),
      holiday('2026-04-30', 'Ngày Chiến thắng'),
      holiday('2026-05-01', 'Ngày Quốc tế Lao động'),
      swapped('2026-08-31', '22/08/2026'),
      holiday('2026-09-01', 'Quốc khánh'),
      holiday('2026-09-02', 'Quốc khánh'),
    ],
    extraWorkingDays: [
      { date: '2026-01-10', reason: 'Làm bù cho thứ Sáu 02/01/2026' },
      { date: '2026-08-22', reason: 'Làm bù cho thứ Hai 31/08/2026' },
    ],
    source:
      'Bộ luật Lao động 2019 Điều 112; Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 01–04/01/2026, ' +
      'làm bù thứ Bảy 10/01); ý kiến Thủ tướng do Văn phòng Chính phủ truyền đạt 10/2025 (Tết Âm lịch 14/02–22/02/2026; ' +
      'Quốc khánh 29/8–02/9/2026, làm bù thứ Bảy 22/8). Giỗ Tổ và 30/4–01/5 theo luật.',
  },
];

const TABLE: ReadonlyMap<number, HolidayYear> = new Map(
  Array.from({ length: LAST_KNOWN_YEAR - FIRST_KNOWN_YEAR + 1 }, (_, i) => {
    const year = FIRST_KNOWN_YEAR + i;
    const lunar = LUNAR_DATES[year];
    return [year, ANNOUNCED.find((y) => y.year === year) ?? holidaysByRule(year, lunar)] as const;
  }),
);

/** True when the year's Tết and Giỗ Tổ are known, i.e. working days can be counted reliably. */
export function isCalendarKnown(year: number): boolean {
  return TABLE.has(year);
}

/** The holiday year: from the table for 2024–2030, by the solar rule for any other year. */
export function holidayYear(year: number): HolidayYear {
  return TABLE.get(year) ?? holidaysByRule(year);
}

export const HOLIDAY_YEARS: readonly HolidayYear[] = [...TABLE.values()];
