import { formatDateVi, isoDate, isRealDate, readIsoDate } from '../schedule/calendar';
import type { IsoDate } from '../schedule/schedule';
import type { ReportPeriod } from '../../shared/report-vocabulary';

export type ReportRange = { from: IsoDate; to: IsoDate };

/** What the caller asked for: a named period of a year, or a custom range inside one year. */
export type PeriodRequest = { period: ReportPeriod; year: number; from?: string | null; to?: string | null };

export type FieldProblem = { field: 'from' | 'to' | 'year'; message: string };

/** The last month of each cumulative period: every one of them starts on 1 January (SPEC §2.10). */
const LAST_MONTH: Record<Exclude<ReportPeriod, 'custom'>, number> = { Q1: 3, H1: 6, '9M': 9, Y: 12 };

const isIsoDate = (value: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isRealDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
};

/**
 * The days a report covers. Quarter I, 6 months, 9 months and the year are cumulative from 1 January
 * of the year; a custom range is taken as given, but must run forwards and stay inside the report's
 * year so that its numbers belong to one year's plans.
 */
export function reportRange(request: PeriodRequest): { range: ReportRange; problems: [] } | { range: null; problems: FieldProblem[] } {
  const { period, year } = request;
  if (period !== 'custom') {
    const last = LAST_MONTH[period];
    return { range: { from: isoDate(year, 1, 1), to: isoDate(year, last, last === 6 || last === 9 ? 30 : 31) }, problems: [] };
  }
  const problems: FieldProblem[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = request[field];
    if (!value) problems.push({ field, message: field === 'from' ? 'Cần nhập ngày bắt đầu của kỳ báo cáo.' : 'Cần nhập ngày kết thúc của kỳ báo cáo.' });
    else if (!isIsoDate(value)) problems.push({ field, message: 'Ngày không hợp lệ (định dạng yyyy-mm-dd).' });
    else if (readIsoDate(value).year !== year) problems.push({ field, message: `Ngày ${formatDateVi(value)} không thuộc năm ${year} của báo cáo.` });
  }
  if (problems.length === 0 && request.from! > request.to!) problems.push({ field: 'to', message: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.' });
  return problems.length ? { range: null, problems } : { range: { from: request.from!, to: request.to! }, problems: [] };
}

/**
 * The day a report is due at the body above: the last day of the period it covers. Bodies send their
 * quarterly and half-year reports in the last days of the period (the province's reporting rules cut
 * the data off before the period ends), so a report sent after its period has closed is late.
 */
export function reportDueOn(range: ReportRange): IsoDate {
  return range.to;
}

/** The day the numbers are read as of: the end of the period, or today while the period runs. */
export function reportAsOf(range: ReportRange, today: IsoDate): IsoDate {
  return today < range.to ? (today < range.from ? range.from : today) : range.to;
}

/** "quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng đầu năm 2026", "năm 2026", "từ ngày 01/02/2026 đến ngày 15/05/2026". */
export function periodPhrase(period: ReportPeriod, year: number, range: ReportRange): string {
  switch (period) {
    case 'Q1':
      return `quý I năm ${year}`;
    case 'H1':
      return `6 tháng đầu năm ${year}`;
    case '9M':
      return `9 tháng đầu năm ${year}`;
    case 'Y':
      return `năm ${year}`;
    case 'custom':
      return `từ ngày ${formatDateVi(range.from)} đến ngày ${formatDateVi(range.to)}`;
  }
}

/** The summary line under "BÁO CÁO": "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026". */
export function reportTitle(period: ReportPeriod, year: number, range: ReportRange): string {
  return `Kết quả thực hiện công tác cải cách hành chính ${periodPhrase(period, year, range)}`;
}

/** Report symbols follow Decree 30: "BC-" and the body's abbreviation ("BC-TTYT"). */
export function reportSymbol(documentCode: string): string {
  return `BC-${documentCode}`;
}
