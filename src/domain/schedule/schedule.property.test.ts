/**
 * Properties of expansion, description and parsing over arbitrary schedules. The oracle walks the
 * calendar day by day with UTC Date objects, independently of the module's own date arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describe-schedule';
import { expandSchedule } from './expand-schedule';
import { parseDeadline } from './parse-deadline';
import type { Month, Occurrence, PeriodSchedule, Quarter, Schedule } from './schedule';

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let ms = msOf(start); ms <= msOf(end); ms += DAY_MS) days.push(isoOf(ms));
  return days;
}

const monthOf = (iso: string) => Number(iso.slice(5, 7));
const quarterOfDay = (iso: string) => Math.ceil(monthOf(iso) / 3);

/** Every day the schedule asks work for, whatever the expansion does. */
function daysAsked(schedule: Schedule): string[] {
  const wholeYear = daysBetween(`${schedule.year}-01-01`, `${schedule.year}-12-31`);
  switch (schedule.kind) {
    case 'period':
      return periodDaysAsked(schedule, wholeYear);
    case 'by_date':
      return daysBetween(`${schedule.year}-01-01`, schedule.due);
    case 'quarterly':
    case 'monthly':
    case 'continuous':
      return wholeYear;
    case 'on_request':
      return [];
  }
}

function periodDaysAsked(schedule: PeriodSchedule, wholeYear: string[]): string[] {
  const between = (first: number, last: number, unitOf: (day: string) => number) =>
    wholeYear.filter((day) => unitOf(day) >= first && unitOf(day) <= last);
  switch (schedule.span) {
    case 'quarters':
      return between(Math.min(...schedule.quarters), Math.max(...schedule.quarters), quarterOfDay);
    case 'months':
      return between(Math.min(...schedule.months), Math.max(...schedule.months), monthOf);
    case 'first_half':
      return between(1, 6, monthOf);
    case 'second_half':
      return between(7, 12, monthOf);
    case 'nine_months':
      return between(1, 9, monthOf);
    case 'year':
      return wholeYear;
    case 'dates':
      return daysBetween(schedule.start, schedule.end);
  }
}

const yearArb = fc.integer({ min: 2024, max: 2030 });
const sortedUnique = <T extends number>(values: T[]) => [...values].sort((a, b) => a - b);
/** A day counted from 1 January of `year`, up to the end of the next year. */
const dayFrom = (year: number, offset: number) => isoOf(Date.UTC(year, 0, 1) + offset * DAY_MS);

const scheduleArb: fc.Arbitrary<Schedule> = fc.oneof(
  fc.record({
    year: yearArb,
    quarters: fc.uniqueArray(fc.constantFrom<Quarter>(1, 2, 3, 4), { minLength: 1 }).map(sortedUnique),
  }).map(({ year, quarters }): Schedule => ({ kind: 'period', span: 'quarters', year, quarters })),
  fc.record({
    year: yearArb,
    months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1 }).map((m) => sortedUnique(m as Month[])),
  }).map(({ year, months }): Schedule => ({ kind: 'period', span: 'months', year, months })),
  fc.record({ year: yearArb, span: fc.constantFrom('first_half', 'second_half', 'nine_months', 'year' as const) })
    .map(({ year, span }): Schedule => ({ kind: 'period', span, year })),
  fc.record({ year: yearArb, a: fc.integer({ min: 0, max: 729 }), b: fc.integer({ min: 0, max: 729 }) })
    .map(({ year, a, b }): Schedule => {
      const start = dayFrom(year, Math.min(a, b));
      return { kind: 'period', span: 'dates', year: Number(start.slice(0, 4)), start, end: dayFrom(year, Math.max(a, b)) };
    }),
  fc.record({ year: yearArb, offset: fc.integer({ min: 0, max: 365 }) }).map(({ year, offset }): Schedule => {
    const due = dayFrom(year, offset);
    return { kind: 'by_date', year: Number(due.slice(0, 4)), due };
  }),
  fc.record({ year: yearArb, times: fc.integer({ min: 1, max: 12 }), kind: fc.constantFrom('quarterly', 'monthly' as const) })
    .map(({ year, times, kind }): Schedule => ({ kind, year, timesPerPeriod: times })),
  fc.record({ year: yearArb, kind: fc.constantFrom('continuous', 'on_request' as const) })
    .map(({ year, kind }): Schedule => ({ kind, year })),
);

function expectWellFormed(occurrences: Occurrence[]): void {
  occurrences.forEach((occurrence, index) => {
    expect(occurrence.start <= occurrence.end).toBe(true);
    expect(occurrence.start <= occurrence.due && occurrence.due <= occurrence.end).toBe(true);
    const previous = occurrences[index - 1];
    if (previous) expect(occurrence.start > previous.end).toBe(true);
  });
}

describe('expandSchedule properties', () => {
  it('covers exactly the days asked, each once, in order, due within each occurrence', () => {
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        const occurrences = expandSchedule(schedule);
        expectWellFormed(occurrences);
        const covered = occurrences.flatMap((o) => daysBetween(o.start, o.end));
        expect(new Set(covered).size).toBe(covered.length);
        expect(covered).toEqual(daysAsked(schedule));
      }),
    );
  });

  it('gives recurring work one occurrence per quarter or month, and one span otherwise', () => {
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        const occurrences = expandSchedule(schedule);
        const count = { quarterly: 4, continuous: 4, monthly: 12, on_request: 0, period: 1, by_date: 1 }[schedule.kind];
        expect(occurrences).toHaveLength(count);
        const sameUnit = schedule.kind === 'monthly' ? monthOf : quarterOfDay;
        if (count > 1) for (const o of occurrences) expect(sameUnit(o.start)).toBe(sameUnit(o.end));
      }),
    );
  });

  it('is stable and leaves the schedule untouched', () => {
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        const before = structuredClone(schedule);
        expect(expandSchedule(schedule)).toEqual(expandSchedule(schedule));
        expect(schedule).toEqual(before);
      }),
    );
  });
});

/** Ways people write the same deadline: case, spacing, dashes, notes after it. */
const variantArb = fc.constantFrom<(text: string) => string>(
  (t) => t,
  (t) => t.toUpperCase(),
  (t) => t.toLowerCase(),
  (t) => `  ${t.replace(/ /g, '   ').replace(/\//g, ' / ')}  `,
  (t) => t.replace(/–/g, '-'),
  (t) => t.replace(/–/g, '—'),
  (t) => t.replace(/–/g, ' đến '),
  (t) => `${t}.`,
  (t) => `${t}; ghi chú của đơn vị`,
  (t) => t.normalize('NFD'),
);

describe('describeSchedule and parseDeadline', () => {
  it('round-trip: parsing the description gives the schedule back', () => {
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        expect(parseDeadline(describeSchedule(schedule), schedule.year)).toEqual({ understood: true, schedule });
      }),
    );
  });

  it('reads the description the same however it is typed', () => {
    fc.assert(
      fc.property(scheduleArb, variantArb, (schedule, variant) => {
        expect(parseDeadline(variant(describeSchedule(schedule)), schedule.year)).toEqual({ understood: true, schedule });
      }),
    );
  });
});

const FRAGMENTS = [
  'quý', 'Quý', 'I', 'II', 'IV', 'V', '2', '0', '/', '2026', '1999', 'tháng', '3', '13', '31', '02', '-', '–', ',',
  'và', 'đến', 'trước', 'ngày', 'năm', 'hàng', 'lần', 'thường xuyên', 'khi có yêu cầu', '6 tháng đầu', ' ', ';', '.',
];

describe('parseDeadline on anything', () => {
  it('never throws, explains every refusal, and whatever it accepts expands soundly', () => {
    const textArb = fc.oneof(fc.string(), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(' ')));
    fc.assert(
      fc.property(textArb, yearArb, (text, year) => {
        const parsed = parseDeadline(text, year);
        if (!parsed.understood) {
          expect(parsed.reason.length).toBeGreaterThan(0);
          return;
        }
        const occurrences = expandSchedule(parsed.schedule);
        expectWellFormed(occurrences);
        expect(parseDeadline(describeSchedule(parsed.schedule), parsed.schedule.year)).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });
});
