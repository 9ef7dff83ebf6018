/**
 * Deadlines that name a rhythm rather than a period: "Thường xuyên", "Hàng quý", "02 lần/quý",
 * "Hàng tháng", "Hàng năm", "Khi có yêu cầu", "Đột xuất".
 */
import { notUnderstood, yearsMentioned, withoutYearMentions, type Recognised, type Recogniser } from './deadline-text';
import type { Schedule } from './schedule';

/** Anything may follow: "Khi có yêu cầu của cấp trên" has no dates to get wrong. */
export const recogniseOnRequest: Recogniser = (folded, defaultYear) => {
  if (!/^(?:khi co yeu cau|theo yeu cau|dot xuat)\b/.test(folded)) return null;
  const year = yearsMentioned(folded)[0] ?? defaultYear;
  return { understood: true, schedule: { kind: 'on_request', year } };
};

type Rhythm = { pattern: RegExp; build: (year: number, times: number) => Schedule };

const RHYTHMS: Rhythm[] = [
  { pattern: /^thuong xuyen\b/, build: (year) => ({ kind: 'continuous', year }) },
  {
    pattern: /^(?:dinh ky\s+)?(?:hang|moi)\s+qu[yi]\b/,
    build: (year, timesPerPeriod) => ({ kind: 'quarterly', year, timesPerPeriod }),
  },
  {
    pattern: /^(\d{1,2})\s*lan\s*(?:\/|\bmoi\b|\btren\b)\s*(?:1\s+|mot\s+)?qu[yi]\b/,
    build: (year, timesPerPeriod) => ({ kind: 'quarterly', year, timesPerPeriod }),
  },
  {
    pattern: /^(?:dinh ky\s+)?(?:hang|moi)\s+thang\b/,
    build: (year, timesPerPeriod) => ({ kind: 'monthly', year, timesPerPeriod }),
  },
  {
    pattern: /^(\d{1,2})\s*lan\s*(?:\/|\bmoi\b|\btren\b)\s*(?:1\s+|mot\s+)?thang\b/,
    build: (year, timesPerPeriod) => ({ kind: 'monthly', year, timesPerPeriod }),
  },
  { pattern: /^(?:dinh ky\s+)?(?:hang|moi)\s+nam\b/, build: (year) => ({ kind: 'period', span: 'year', year }) },
];

/**
 * The words after the rhythm may name the year and say more in words ("Thường xuyên, kiểm tra mỗi
 * quý năm 2026"), but no other numbers: "Hàng quý từ quý II" would silently lose "từ quý II".
 */
export const recogniseRhythm: Recogniser = (folded, defaultYear): Recognised => {
  for (const { pattern, build } of RHYTHMS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const rest = folded.slice(match[0].length);
    const years = [...new Set(yearsMentioned(rest))];
    const remark = withoutYearMentions(rest).replace(/\b\d+\s*ky\b/, ' ');
    if (years.length > 1 || /\d|\bqu[yi]\s+[ivx]+\b/.test(remark)) return null;
    const times = match[1] === undefined ? 1 : Number(match[1]);
    if (times < 1) return notUnderstood('Số lần trong mỗi kỳ phải từ 1 trở lên, ví dụ "01 lần/quý".');
    return { understood: true, schedule: build(years[0] ?? defaultYear, times) };
  }
  return null;
};
