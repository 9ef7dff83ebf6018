import { addDays } from '../calendar/iso-day';
import type { LatenessInput } from '../calendar';
import { quarterOf } from '../schedule/calendar';
import type { IsoDate } from '../schedule/schedule';
import { REFORM_AREAS, type ReformArea } from '../../shared/plan-vocabulary';
import { addToTally, emptyTally, shareDone, standingOf, type WorkTally } from './standing';

/** Counted work (see counted-work.ts) with where it belongs: its reform area and the department responsible. */
export type SummaryItem = LatenessInput & { reformArea: string; organizationId: string };

/** Open work due from today to `days` days ahead: what the week asks. */
export function dueWithin(items: readonly LatenessInput[], today: IsoDate, days: number): number {
  const until = addDays(today, days);
  return items.filter((o) => o.due !== null && o.due <= until && standingOf(o, today).standing === 'due').length;
}

export const countLate = (items: readonly LatenessInput[], today: IsoDate) => items.filter((o) => standingOf(o, today).standing === 'late').length;

export type AreaProgress = {
  area: ReformArea;
  tally: WorkTally;
  /** Share done (0–1) of the work due in each quarter, null for a quarter not yet over or with nothing due. */
  trend: (number | null)[];
};

const areaOf = (value: string): ReformArea => ((REFORM_AREAS as readonly string[]).includes(value) ? (value as ReformArea) : 'other');

/** A body's year by reform area, with how each quarter's work went: the coordinator's picture of the plan. */
export function progressByArea(items: readonly SummaryItem[], year: number, today: IsoDate): AreaProgress[] {
  // A quarter's share is read once it has ended: mid-quarter most of its work is simply not due yet.
  const ended = (q: number) => (q === 3 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 4).padStart(2, '0')}-01`) <= today;
  const byArea = new Map<ReformArea, { tally: WorkTally; quarters: WorkTally[] }>();
  for (const o of items) {
    const area = areaOf(o.reformArea);
    const entry = byArea.get(area) ?? { tally: emptyTally(), quarters: [emptyTally(), emptyTally(), emptyTally(), emptyTally()] };
    byArea.set(area, entry);
    const s = standingOf(o, today);
    addToTally(entry.tally, s);
    if (o.due !== null) addToTally(entry.quarters[quarterOf(o.due) - 1]!, s);
  }
  return REFORM_AREAS.filter((area) => byArea.has(area)).map((area) => {
    const { tally, quarters } = byArea.get(area)!;
    return { area, tally, trend: quarters.map((q, i) => (ended(i) ? shareDone(q) : null)) };
  });
}

/** Departments with late work, most late first. */
export function lateByOrganization(items: readonly SummaryItem[], today: IsoDate): { organizationId: string; late: number }[] {
  const late = new Map<string, number>();
  for (const o of items) if (standingOf(o, today).standing === 'late') late.set(o.organizationId, (late.get(o.organizationId) ?? 0) + 1);
  return [...late].map(([organizationId, n]) => ({ organizationId, late: n })).sort((a, b) => b.late - a.late);
}
