import type { TaskDto } from '../../api/types';

type Occurrence = TaskDto['occurrences'][number];

export type QuarterCell = { active: boolean; dues: string[] };
export type TaskTimeline = { quarters: QuarterCell[]; perUnit: { organizationId: string; count: number }[]; onDemand: boolean };
export type UnitCounts = { organizationId: string; quarters: number[]; total: number };

const QUARTERS = [1, 2, 3, 4] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

/** First and last day of a quarter of the year, as ISO dates (which compare as text). */
export function quarterSpan(year: number, quarter: number): [string, string] {
  return [`${year}-${pad(quarter * 3 - 2)}-01`, `${year}-${LAST_DAY[quarter - 1]}`];
}

/** The quarter of the year a date falls in, or null when it is in another year. */
export function quarterOf(isoDate: string, year: number): number | null {
  const [y, m] = isoDate.slice(0, 7).split('-').map(Number) as [number, number];
  return y === year ? Math.ceil(m / 3) : null;
}

const live = (occurrences: readonly Occurrence[]) => occurrences.filter((o) => !o.detached);

function covers(o: Occurrence, [from, to]: [string, string]): boolean {
  const start = o.start ?? o.due;
  const end = o.end ?? o.due;
  return start !== undefined && end !== undefined && start <= to && end >= from;
}

/** Where a task's occurrences fall in the plan's year, quarter by quarter, and how many each unit answers for. */
export function taskTimeline(occurrences: readonly Occurrence[], year: number): TaskTimeline {
  const current = live(occurrences);
  const quarters = QUARTERS.map((q) => {
    const span = quarterSpan(year, q);
    const dues = [...new Set(current.map((o) => o.due).filter((d): d is string => d !== undefined && d >= span[0] && d <= span[1]))].sort();
    return { active: current.some((o) => covers(o, span)), dues };
  });
  const counts = new Map<string, number>();
  for (const o of current) counts.set(o.organizationId, (counts.get(o.organizationId) ?? 0) + 1);
  return {
    quarters,
    perUnit: [...counts].map(([organizationId, count]) => ({ organizationId, count })),
    onDemand: current.length > 0 && current.every((o) => !o.start && !o.due),
  };
}

/**
 * Occurrences per responsible unit and quarter, over all tasks: an occurrence counts in the quarter it
 * is due (or starts); on-demand ones, with no date yet, count only in the total.
 */
export function unitQuarterCounts(tasks: readonly Pick<TaskDto, 'occurrences'>[], year: number): UnitCounts[] {
  const units = new Map<string, UnitCounts>();
  for (const o of tasks.flatMap((task) => live(task.occurrences))) {
    const unit = units.get(o.organizationId) ?? { organizationId: o.organizationId, quarters: [0, 0, 0, 0], total: 0 };
    const date = o.due ?? o.start;
    const quarter = date ? quarterOf(date, year) : null;
    if (quarter) unit.quarters[quarter - 1]! += 1;
    unit.total += 1;
    units.set(o.organizationId, unit);
  }
  return [...units.values()].sort((a, b) => b.total - a.total);
}
