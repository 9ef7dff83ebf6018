/** The span a calendar view covers, as ISO days, and its neighbours. Months are 1–12. */
export type CalendarMode = 'month' | 'quarter';
export type CalendarPage = { mode: CalendarMode; year: number; month: number };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first month shown: the month itself, or the first month of its quarter. */
export function firstMonth(page: CalendarPage): number {
  return page.mode === 'month' ? page.month : Math.floor((page.month - 1) / 3) * 3 + 1;
}

export function rangeOf(page: CalendarPage): { from: string; to: string } {
  const start = firstMonth(page);
  const end = page.mode === 'month' ? start : start + 2;
  return { from: `${page.year}-${pad(start)}-01`, to: `${page.year}-${pad(end)}-${pad(lastDay(page.year, end))}` };
}

/** The page before or after: a month or a quarter away, across year ends. */
export function shift(page: CalendarPage, direction: -1 | 1): CalendarPage {
  const step = page.mode === 'month' ? 1 : 3;
  const index = page.year * 12 + (firstMonth(page) - 1) + direction * step;
  return { ...page, year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The months a page shows, for the quarter view's three columns. */
export function monthsOf(page: CalendarPage): number[] {
  const start = firstMonth(page);
  return page.mode === 'month' ? [start] : [start, start + 1, start + 2];
}
