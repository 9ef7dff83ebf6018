import { formatDateVi, formatQuarter, quarterOf, quarterRange, type IsoDate } from '../schedule';

/**
 * A period as plans write it: "Quý II/2026" when it is exactly a quarter, "Năm 2026" for a whole
 * year, otherwise its first and last day.
 */
export function describePeriod(start: IsoDate | null, end: IsoDate | null): string {
  if (!start || !end) return start ? `Từ ${formatDateVi(start)}` : end ? `Đến ${formatDateVi(end)}` : '';
  const year = Number(start.slice(0, 4));
  const quarter = quarterOf(start);
  const range = quarterRange(year, quarter);
  if (range.start === start && range.end === end) return `Quý ${formatQuarter(quarter)}/${year}`;
  if (start === `${year}-01-01` && end === `${year}-12-31`) return `Năm ${year}`;
  return `${formatDateVi(start)}–${formatDateVi(end)}`;
}
