/**
 * The page links under a list: the first and last page, and two either side of the current one, with a
 * gap between; on a 360 px phone that stays on one or two lines whatever the number of pages.
 */
export function pageNumbers(current: number, last: number): (number | 'gap')[] {
  const shown = new Set([1, last]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= last) shown.add(p);
  const sorted = [...shown].filter((p) => p >= 1).sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && p - previous > 1) out.push(p - previous === 2 ? p - 1 : 'gap');
    out.push(p);
  }
  return out;
}

export const PAGE_SIZE = 10;

/** The page asked for in `?trang=`: anything but a whole number from 1 reads as the first page. */
export function readPageNumber(value: unknown): number {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,6}$/.test(text)) return 1;
  return Math.max(1, Number(text));
}
