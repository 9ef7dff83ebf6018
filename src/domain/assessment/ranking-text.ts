import { formatPoints } from './criteria';

/**
 * The words of a published ranking's table (issue 16), one way for the DOCX appendix and the XLSX:
 * each area's column names the area and what it is out of, so a reader needs no other page to read it.
 */
export const resultsSummary = (year: number) => `Kết quả đánh giá, xếp loại kết quả thực hiện nhiệm vụ cải cách hành chính năm ${year}`;

/** "I. Cải cách thể chế (10 điểm)": the area's code and name, then its maximum. */
export function areaColumnTitle(area: { code: string; name: string; maxPoints: number }): string {
  return `${area.code}. ${area.name}\n(${formatPoints(area.maxPoints)} điểm)`;
}

/** "Tổng điểm (100 điểm)". */
export const totalColumnTitle = (maxPoints: number) => `Tổng điểm\n(${formatPoints(maxPoints)} điểm)`;

/** A body under every band, or not scored a year before: a dash, as tables leave an empty cell. */
export const NONE = '-';

/** The symbol of the department's notice of the result: TB- and its document code ("TB-SYT"). */
export const noticeSymbol = (documentCode: string) => `TB-${documentCode}`;
