import type { LatenessInput, OccurrenceStatus } from '../calendar';
import { standingOf } from '../occurrences/standing';
import type { IsoDate } from '../schedule/schedule';
import { REFORM_AREAS, REFORM_AREA_LABELS_VI, type ReformArea } from '../../shared/plan-vocabulary';
import type { WorkOutcome } from '../../shared/report-vocabulary';

/** One period of one task for one unit, due inside the report's range (or undated, of the report's year). */
export type WorkFact = {
  task: string;
  reformArea: string;
  unitId: string;
  unit: string;
  due: IsoDate | null;
  status: OccurrenceStatus;
  submittedOn: IsoDate | null;
  completedOn: IsoDate | null;
};

/** A period with a due date: what the report places in its range. */
export type DatedWorkFact = WorkFact & { due: IsoDate };

/** `doneLate` is the part of `done` handed in after its due date; done + late + notDue = total. */
export type WorkCounts = { total: number; done: number; doneLate: number; late: number; notDue: number };

/** A task as the report names it: one line per task, unit and outcome, however many of its periods fell in the range. */
export type WorkLine = { task: string; unit: string; periods: number; lastDue: IsoDate };

export type AreaWork = { area: ReformArea; label: string; counts: WorkCounts; lines: Record<WorkOutcome, WorkLine[]> };
export type UnitWork = { id: string; name: string; counts: WorkCounts };

export type WorkSection = {
  /** The day the outcomes are read as of: the period's last day, or the compile day while it runs. */
  asOf: IsoDate;
  areas: AreaWork[];
  units: UnitWork[];
  totals: WorkCounts;
  /** Periods marked "not applicable": left out of the counts, said once. */
  notApplicable: number;
  /** Periods of tasks without a deadline the system understands: neither due nor late, said once (absent in reports compiled before it was counted). */
  undated?: number;
};

export const emptyCounts = (): WorkCounts => ({ total: 0, done: 0, doneLate: 0, late: 0, notDue: 0 });

export function addCounts(a: WorkCounts, b: WorkCounts): WorkCounts {
  return { total: a.total + b.total, done: a.done + b.done, doneLate: a.doneLate + b.doneLate, late: a.late + b.late, notDue: a.notDue + b.notDue };
}

/**
 * The occurrence as it stood at the end of `day`: work accepted after that day was still open then
 * (handed in, if it had been submitted by then). A report of quarter I compiled in November says what
 * was done by 31 March, not what was done since.
 */
function asSeenOn(o: DatedWorkFact, day: IsoDate): LatenessInput {
  if (o.status === 'done') {
    const doneOn = o.completedOn ?? o.submittedOn;
    if (doneOn === null || doneOn <= day) return o;
  }
  if ((o.status === 'done' || o.status === 'submitted') && o.submittedOn !== null && o.submittedOn <= day) return { due: o.due, status: 'submitted', submittedOn: o.submittedOn };
  return { due: o.due, status: 'in_progress' };
}

export type Outcome = { outcome: WorkOutcome; finishedLate: boolean } | { outcome: 'notApplicable'; finishedLate: false };

/**
 * Done (accepted by the day), late (open past its due date, or handed in after it and not yet
 * accepted), or not yet due (due later, or handed in on time and awaiting acceptance): the standing
 * of the follow-up views (domain/occurrences/standing.ts), read as of the report's day.
 */
export function outcomeOf(o: DatedWorkFact, asOf: IsoDate): Outcome {
  if (o.status === 'not_applicable') return { outcome: 'notApplicable', finishedLate: false };
  const s = standingOf(asSeenOn(o, asOf), asOf);
  if (s.standing === 'done') return { outcome: 'done', finishedLate: s.finishedLate };
  return { outcome: s.standing === 'late' ? 'late' : 'notDue', finishedLate: false };
}

function count(counts: WorkCounts, o: Outcome & { outcome: WorkOutcome }): void {
  counts.total++;
  counts[o.outcome]++;
  if (o.finishedLate) counts.doneLate++;
}

const areaOf = (value: string): ReformArea => ((REFORM_AREAS as readonly string[]).includes(value) ? (value as ReformArea) : 'other');

function addLine(lines: WorkLine[], fact: DatedWorkFact): void {
  const line = lines.find((l) => l.task === fact.task && l.unit === fact.unit);
  if (!line) lines.push({ task: fact.task, unit: fact.unit, periods: 1, lastDue: fact.due });
  else {
    line.periods++;
    if (fact.due > line.lastDue) line.lastDue = fact.due;
  }
}

/**
 * Section I of a report: the work due in the range, by reform area (with the tasks named) and by unit.
 * Every reform area appears, in the order of Resolution 76, so two reports line up for adding up.
 */
export function compileWork(facts: readonly WorkFact[], asOf: IsoDate): WorkSection {
  const areas = new Map<ReformArea, AreaWork>(REFORM_AREAS.map((area) => [area, { area, label: REFORM_AREA_LABELS_VI[area], counts: emptyCounts(), lines: { done: [], late: [], notDue: [] } }]));
  const units = new Map<string, UnitWork>();
  const totals = emptyCounts();
  let notApplicable = 0;
  const dated = facts.filter((f): f is DatedWorkFact => f.due !== null);
  const ordered = dated.sort((a, b) => a.due.localeCompare(b.due) || a.task.localeCompare(b.task, 'vi'));
  for (const fact of ordered) {
    const outcome = outcomeOf(fact, asOf);
    if (outcome.outcome === 'notApplicable') {
      notApplicable++;
      continue;
    }
    const area = areas.get(areaOf(fact.reformArea))!;
    let unit = units.get(fact.unitId);
    if (!unit) units.set(fact.unitId, (unit = { id: fact.unitId, name: fact.unit, counts: emptyCounts() }));
    for (const counts of [area.counts, unit.counts, totals]) count(counts, outcome);
    addLine(area.lines[outcome.outcome], fact);
  }
  return { asOf, areas: [...areas.values()], units: [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')), totals, notApplicable, undated: facts.filter((f) => f.due === null && f.status !== 'not_applicable').length };
}
