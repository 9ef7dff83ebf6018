import { describe, expect, it } from 'vitest';
import { expandSchedule } from './expand-schedule';
import { parseDeadline } from './parse-deadline';
import type { ScheduleKind } from './schedule';

/** Occurrences written as "start..end"; every one is due at its end (checked below). */
const quarterly = (y: number) => [
  `${y}-01-01..${y}-03-31`,
  `${y}-04-01..${y}-06-30`,
  `${y}-07-01..${y}-09-30`,
  `${y}-10-01..${y}-12-31`,
];
const monthly2026 = [
  '2026-01-01..2026-01-31', '2026-02-01..2026-02-28', '2026-03-01..2026-03-31', '2026-04-01..2026-04-30',
  '2026-05-01..2026-05-31', '2026-06-01..2026-06-30', '2026-07-01..2026-07-31', '2026-08-01..2026-08-31',
  '2026-09-01..2026-09-30', '2026-10-01..2026-10-31', '2026-11-01..2026-11-30', '2026-12-01..2026-12-31',
];

/** [deadline as written, expected kind, expected occurrences]; the plan's year is 2026. */
const UNDERSTOOD: [string, ScheduleKind, string[]][] = [
  // every phrase of the SPEC and the seeds
  ['Quý I năm 2026', 'period', ['2026-01-01..2026-03-31']],
  ['Quý II–III/2026', 'period', ['2026-04-01..2026-09-30']],
  ['Quý II, III năm 2026', 'period', ['2026-04-01..2026-09-30']],
  ['Quý IV năm 2026', 'period', ['2026-10-01..2026-12-31']],
  ['Thường xuyên', 'continuous', quarterly(2026)],
  ['Thường xuyên trong năm 2025', 'continuous', quarterly(2025)],
  ['Hàng quý', 'quarterly', quarterly(2026)],
  ['Hàng tháng', 'monthly', monthly2026],
  ['01 lần/quý trong năm 2025', 'quarterly', quarterly(2025)],
  ['Khi có yêu cầu', 'on_request', []],
  ['trước 30/6/2026', 'by_date', ['2026-01-01..2026-06-30']],
  ['tháng 3/2026', 'period', ['2026-03-01..2026-03-31']],
  // what people write instead
  ['Quý II-III/2026', 'period', ['2026-04-01..2026-09-30']],
  ['Quý II—III/2026', 'period', ['2026-04-01..2026-09-30']],
  ['Quý II đến III/2026', 'period', ['2026-04-01..2026-09-30']],
  ['Quý II - III / 2026', 'period', ['2026-04-01..2026-09-30']],
  ['Quý I đến quý III năm 2025', 'period', ['2025-01-01..2025-09-30']],
  ['QUÝ I', 'period', ['2026-01-01..2026-03-31']],
  ['quý i', 'period', ['2026-01-01..2026-03-31']],
  ['  Quý   IV   năm  2026 ', 'period', ['2026-10-01..2026-12-31']],
  ['Quý 1/2026', 'period', ['2026-01-01..2026-03-31']],
  ['quý 2 năm 2026', 'period', ['2026-04-01..2026-06-30']],
  ['quý I/2026', 'period', ['2026-01-01..2026-03-31']],
  ['Quí II/2027', 'period', ['2027-04-01..2027-06-30']],
  ['Quý I, II', 'period', ['2026-01-01..2026-06-30']],
  ['Quý I và II', 'period', ['2026-01-01..2026-06-30']],
  ['Quý II và Quý III năm 2026', 'period', ['2026-04-01..2026-09-30']],
  ['Quý I, III/2026', 'period', ['2026-01-01..2026-09-30']],
  ['Trong quý II năm 2026', 'period', ['2026-04-01..2026-06-30']],
  ['6 tháng đầu năm', 'period', ['2026-01-01..2026-06-30']],
  ['6 tháng cuối năm', 'period', ['2026-07-01..2026-12-31']],
  ['9 tháng', 'period', ['2026-01-01..2026-09-30']],
  ['9 tháng đầu năm 2026', 'period', ['2026-01-01..2026-09-30']],
  ['trước ngày 15/12/2026', 'by_date', ['2026-01-01..2026-12-15']],
  ['tháng 3 năm 2026', 'period', ['2026-03-01..2026-03-31']],
  ['Tháng 3, 4/2026', 'period', ['2026-03-01..2026-04-30']],
  ['tháng 3-4/2026', 'period', ['2026-03-01..2026-04-30']],
  ['tháng 12/2026', 'period', ['2026-12-01..2026-12-31']],
  ['tháng 02/2028', 'period', ['2028-02-01..2028-02-29']],
  ['năm 2026', 'period', ['2026-01-01..2026-12-31']],
  ['Cả năm', 'period', ['2026-01-01..2026-12-31']],
  ['Trong năm 2026', 'period', ['2026-01-01..2026-12-31']],
  ['Hằng quý', 'quarterly', quarterly(2026)],
  ['Hằng tháng', 'monthly', monthly2026],
  ['Định kỳ hàng quý', 'quarterly', quarterly(2026)],
  ['02 lần/quý', 'quarterly', quarterly(2026)],
  ['Hàng năm', 'period', ['2026-01-01..2026-12-31']],
  ['30/6/2026', 'by_date', ['2026-01-01..2026-06-30']],
  ['5/1/2026', 'by_date', ['2026-01-01..2026-01-05']],
  ['05/01/2026', 'by_date', ['2026-01-01..2026-01-05']],
  ['ngày 15 tháng 12 năm 2026', 'by_date', ['2026-01-01..2026-12-15']],
  ['trước 30/6', 'by_date', ['2026-01-01..2026-06-30']],
  ['trước 30/6/2025', 'by_date', ['2025-01-01..2025-06-30']],
  ['từ 01/3/2026 đến 30/6/2026', 'period', ['2026-03-01..2026-06-30']],
  ['Khi có yêu cầu của cấp trên', 'on_request', []],
  ['Đột xuất', 'on_request', []],
  // notes around the deadline are not part of it
  ['Quý I năm 2026.', 'period', ['2026-01-01..2026-03-31']],
  ['Quý II/2026; tùy tình hình thực tế', 'period', ['2026-04-01..2026-06-30']],
  ['Hàng quý (lồng ghép báo cáo CCHC)', 'quarterly', quarterly(2026)],
  ['trước 30/6/2026 ./.', 'by_date', ['2026-01-01..2026-06-30']],
  ['Quý II/2026'.normalize('NFD'), 'period', ['2026-04-01..2026-06-30']],
];

describe('parseDeadline + expandSchedule: phrases from plans', () => {
  it.each(UNDERSTOOD)('%s → %s', (text, kind, expected) => {
    const parsed = parseDeadline(text, 2026);
    if (!parsed.understood) throw new Error(parsed.reason);
    expect(parsed.schedule.kind).toBe(kind);
    const occurrences = expandSchedule(parsed.schedule);
    expect(occurrences.map((o) => `${o.start}..${o.end}`)).toEqual(expected);
    for (const occurrence of occurrences) expect(occurrence.due).toBe(occurrence.end);
  });

  it('keeps what expansion and description need', () => {
    expect(parseDeadline('Quý II, III năm 2026', 2025)).toEqual({
      understood: true,
      schedule: { kind: 'period', span: 'quarters', year: 2026, quarters: [2, 3] },
    });
    expect(parseDeadline('01 lần/quý trong năm 2025', 2026)).toEqual({
      understood: true,
      schedule: { kind: 'quarterly', year: 2025, timesPerPeriod: 1 },
    });
    expect(parseDeadline('Tháng 3, 4/2026', 2026)).toEqual({
      understood: true,
      schedule: { kind: 'period', span: 'months', year: 2026, months: [3, 4] },
    });
    expect(parseDeadline('trước 30/6/2026', 2025)).toEqual({
      understood: true,
      schedule: { kind: 'by_date', year: 2026, due: '2026-06-30' },
    });
  });

  it('takes the plan year only when the text names none', () => {
    const yearOf = (text: string) => {
      const parsed = parseDeadline(text, 2030);
      return parsed.understood ? parsed.schedule.year : null;
    };
    expect(yearOf('Quý I')).toBe(2030);
    expect(yearOf('Quý I/2026')).toBe(2026);
    expect(yearOf('Thường xuyên')).toBe(2030);
    expect(yearOf('Thường xuyên trong năm 2025')).toBe(2025);
    expect(yearOf('trước 30/6')).toBe(2030);
  });
});

describe('parseDeadline: what it cannot understand, and says why', () => {
  const GENERIC =
    'Hãy ghi theo mẫu: "Quý II/2026", "Hàng quý", "Thường xuyên", "Khi có yêu cầu", "trước 30/6/2026".';

  it.each([
    ['Quý V', 'Không có quý V: một năm có bốn quý, ghi từ I đến IV (hoặc 1 đến 4).'],
    ['Quý 5/2026', 'Không có quý 5: một năm có bốn quý, ghi từ I đến IV (hoặc 1 đến 4).'],
    ['31/02/2026', 'Ngày 31/02/2026 không có thật: tháng 2/2026 chỉ có 28 ngày.'],
    ['trước 29/2/2025', 'Ngày 29/02/2025 không có thật: tháng 2/2025 chỉ có 28 ngày.'],
    ['30/13/2026', 'Không có tháng 13 trong ngày 30/13/2026: tháng ghi từ 1 đến 12.'],
    ['tháng 13', 'Không có tháng 13: tháng ghi từ 1 đến 12.'],
    ['tháng 0/2026', 'Không có tháng 0: tháng ghi từ 1 đến 12.'],
    ['Quý III-II/2026', 'Khoảng quý III–II bị ngược: hãy ghi quý đầu trước, ví dụ "Quý II–III/2026".'],
    ['Tháng 5–3/2026', 'Khoảng tháng 5–3 bị ngược: hãy ghi tháng đầu trước, ví dụ "Tháng 3–4/2026".'],
    [
      'từ 30/6/2026 đến 1/3/2026',
      'Ngày bắt đầu 30/06/2026 sau ngày kết thúc 01/03/2026: hãy ghi ngày đầu trước, ví dụ "từ 01/3/2026 đến 30/6/2026".',
    ],
    [
      'Quý IV/2025 - Quý I/2026',
      'Một thời hạn chỉ ghi các kỳ trong cùng một năm. Hãy tách thành nhiều dòng, hoặc ghi khoảng ngày như "từ 01/10/2025 đến 31/3/2026".',
    ],
    ['Quý I/2206', 'Năm 2206 không hợp lệ: hãy ghi năm từ 2000 đến 2099, ví dụ "Quý II/2026".'],
    ['0 lần/quý', 'Số lần trong mỗi kỳ phải từ 1 trở lên, ví dụ "01 lần/quý".'],
    ['', `Chưa ghi thời hạn. ${GENERIC}`],
    ['  ; ghi chú', `Chưa ghi thời hạn. ${GENERIC}`],
    ['Sớm nhất có thể', `Không hiểu thời hạn "Sớm nhất có thể". ${GENERIC}`],
    ['Quý', `Không hiểu thời hạn "Quý". ${GENERIC}`],
    // a rhythm with a period beside it would silently lose the period: ask instead
    ['Hàng quý từ quý II', `Không hiểu thời hạn "Hàng quý từ quý II". ${GENERIC}`],
    ['Thường xuyên đến 30/6/2026', `Không hiểu thời hạn "Thường xuyên đến 30/6/2026". ${GENERIC}`],
    ['Quý IV/2026 và trước 15/12/2026', `Không hiểu thời hạn "Quý IV/2026 và trước 15/12/2026". ${GENERIC}`],
  ])('%j', (text, reason) => {
    expect(parseDeadline(text, 2026)).toEqual({ understood: false, reason });
  });

  it('refuses a plan year that is not a whole number, which is a caller bug', () => {
    expect(() => parseDeadline('Hàng quý', Number.NaN)).toThrow(RangeError);
  });
});
