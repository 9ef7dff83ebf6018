import { latenessOf, type LatenessInput, type OccurrenceStatus } from '../calendar';
import type { IsoDate } from '../schedule/schedule';
import { REFORM_AREAS, REFORM_AREA_LABELS_VI, type ReformArea } from '../../shared/plan-vocabulary';
import type { WorkOutcome } from '../../shared/report-vocabulary';

/** One period of one task for one unit, due inside the report's range. */
export type WorkFact = {
  task: string;
  reformArea: string;
  unitId: string;
  unit: string;
  due: IsoDate;
  status: OccurrenceStatus;
  submittedOn: IsoDate | null;
  completedOn: IsoDate | null;
};

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
function asSeenOn(o: WorkFact, day: IsoDate): LatenessInput {
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
 * accepted), or not yet due (due later, or handed in on time and awaiting acceptance). The lateness
 * rule is the one of the follow-up views (domain/calendar/lateness.ts).
 */
export function outcomeOf(o: WorkFact, asOf: IsoDate): Outcome {
  if (o.status === 'not_applicable') return { outcome: 'notApplicable', finishedLate: false };
  const seen = asSeenOn(o, asOf);
  const lateness = latenessOf(seen, asOf);
  if (seen.status === 'done') return { outcome: 'done', finishedLate: lateness === 'finished_late' };
  return { outcome: lateness === 'not_late' ? 'notDue' : 'late', finishedLate: false };
}

function count(counts: WorkCounts, o: Outcome & { outcome: WorkOutcome }): void {
  counts.total++;
  counts[o.outcome]++;
  if (o.finishedLate) counts.doneLate++;
}

const areaOf = (value: string): ReformArea => ((REFORM_AREAS as readonly string[]).includes(value) ? (value as ReformArea) : 'other');

function addLine(lines: WorkLine[], fact: WorkFact): void {
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
  const ordered = [...facts].sort((a, b) => a.due.localeCompare(b.due) || a.task.localeCompare(b.task, 'vi'));
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
  return { asOf, areas: [...areas.values()], units: [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')), totals, notApplicable };
}

/** A period of work with where it comes from: the plan's body and the task. */
export type SourcedWorkFact = WorkFact & { taskId: string; planBodyId: string };

/**
 * The work a body reports on: its own plans' work, and what plans above it ask of it — except a task
 * of a plan above that the body's own plan carries out (a task "made from the parent"): its own
 * departments' periods of that task already say how it went, and naming it twice would count it twice.
 */
export function workOfBody(facts: readonly SourcedWorkFact[], bodyId: string, carriedTaskIds: readonly string[]): WorkFact[] {
  const carried = new Set(carriedTaskIds);
  return facts.filter((f) => f.planBodyId === bodyId || !carried.has(f.taskId));
}
