import { formatPlanNumber } from '../plans/lifecycle';
import { BLANK } from './date-line';

/**
 * "Số: 06/KH-SYT", or "Số:      /SYT-VP" with room for the number the clerk gives at registration.
 * The leading-zero rule is the register's own (`formatPlanNumber`), the same for every kind of document.
 */
export function numberLine(number: number | null, symbol: string): string {
  const text = formatPlanNumber(number, symbol);
  return `Số: ${number === null ? `${BLANK}${text}` : text}`;
}

/**
 * The symbol of a Công văn: the issuing body's abbreviation, then the drafting office's
 * ("SYT-VP"); no kind abbreviation, and no spaces around the hyphen.
 */
export function letterSymbol(bodyCode: string, draftingOfficeCode: string | null): string {
  return draftingOfficeCode ? `${bodyCode}-${draftingOfficeCode}` : bodyCode;
}
