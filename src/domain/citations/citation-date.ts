/**
 * Dates as Vietnamese documents write them after a citation: "ngày 15/7/2021", "ngày 03.6.2020",
 * "ngày 15 tháng 7 năm 2021". Only four-digit years: two-digit years do not occur in legal citations.
 */
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/u;
const WORDED = /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iu;

/** "ngày" (optionally after ", ", "(" or "ban hành"), the date itself follows. */
const DATE_LEAD = /^\s*([,(])?\s*(?:ban\s+hành\s+)?ngày\s*:?\s*/iu;
const CLOSING_PARENTHESIS = /^\s*\)/u;

/** ISO date for day/month/year, or null when that day does not exist (31/02). */
export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date at the start of `text`: its ISO form (null if impossible) and how many characters it took. */
export function readDate(text: string): { iso: string | null; length: number } | null {
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [written, day, , month, year] = numeric;
    return { iso: isoDate(Number(day), Number(month), Number(year)), length: written.length };
  }
  const worded = WORDED.exec(text);
  if (worded) {
    const [written, day, month, year] = worded;
    return { iso: isoDate(Number(day), Number(month), Number(year)), length: written.length };
  }
  return null;
}

/**
 * A "ngày …" phrase starting at `from` and ending before `limit`. A "ngày" without a readable date
 * ("ngày /01/2026" in a draft) is not taken, so the citation ends before it.
 */
export function readDatePhrase(text: string, from: number, limit: number): { iso: string | null; end: number } | null {
  // ", ban hành ngày 15 tháng 12 năm 2021" is the longest phrase; no need to copy further
  const rest = text.slice(from, Math.min(limit, from + 60));
  const lead = DATE_LEAD.exec(rest);
  if (!lead) return null;
  const date = readDate(rest.slice(lead[0].length));
  if (!date) return null;
  const end = lead[0].length + date.length;
  const closing = lead[1] === '(' ? (CLOSING_PARENTHESIS.exec(rest.slice(end))?.[0].length ?? 0) : 0;
  return { iso: date.iso, end: from + end + closing };
}
