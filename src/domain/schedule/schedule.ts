/**
 * A task's schedule: what its deadline text ("Thời hạn hoàn thành") means, in a form that can be
 * expanded into occurrences (one per period, each with a due date). Every schedule carries the
 * year it belongs to: the year named in the text, else the plan's year.
 */

/** ISO calendar date, yyyy-mm-dd. Dates carry no time and no time zone. */
export type IsoDate = string;

export type Quarter = 1 | 2 | 3 | 4;
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];
export const MONTHS: readonly Month[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export const SCHEDULE_KINDS = ['period', 'by_date', 'quarterly', 'monthly', 'continuous', 'on_request'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** How a one-span period was written; kept so the description reads the way the plan wrote it. */
export const PERIOD_SPANS = ['quarters', 'months', 'first_half', 'second_half', 'nine_months', 'year', 'dates'] as const;
export type PeriodSpan = (typeof PERIOD_SPANS)[number];

/**
 * One span of time, due at its end. Quarters and months are sorted and distinct; a list with gaps
 * ("Quý I, III") still means one span from the first one's start to the last one's end.
 */
export type PeriodSchedule =
  | { kind: 'period'; span: 'quarters'; year: number; quarters: Quarter[] }
  | { kind: 'period'; span: 'months'; year: number; months: Month[] }
  | { kind: 'period'; span: 'first_half' | 'second_half' | 'nine_months' | 'year'; year: number }
  /** An explicit date range; `year` is the start's year. */
  | { kind: 'period'; span: 'dates'; year: number; start: IsoDate; end: IsoDate };

/** "trước 30/6/2026": work from 1 January of the due date's year (`year`) until the due date. */
export type ByDateSchedule = { kind: 'by_date'; year: number; due: IsoDate };

/** "Hàng quý", "02 lần/quý": one occurrence a quarter however many times the work is done in it. */
export type QuarterlySchedule = { kind: 'quarterly'; year: number; timesPerPeriod: number };

/** "Hàng tháng", "02 lần/tháng". */
export type MonthlySchedule = { kind: 'monthly'; year: number; timesPerPeriod: number };

/** "Thường xuyên": ongoing work, checked in once a quarter. */
export type ContinuousSchedule = { kind: 'continuous'; year: number };

/** "Khi có yêu cầu", "Đột xuất": nothing is due until a request is logged. */
export type OnRequestSchedule = { kind: 'on_request'; year: number };

export type Schedule =
  | PeriodSchedule
  | ByDateSchedule
  | QuarterlySchedule
  | MonthlySchedule
  | ContinuousSchedule
  | OnRequestSchedule;

/** One period of a task's work. `due` lies within [start, end]; with our rules it is always `end`. */
export type Occurrence = { start: IsoDate; end: IsoDate; due: IsoDate };

export type ParsedDeadline =
  | { understood: true; schedule: Schedule }
  /** `reason` is Vietnamese and tells the person what to write instead. */
  | { understood: false; reason: string };
