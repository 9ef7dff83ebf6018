import type { Lateness, OccurrenceStatus } from '../calendar';

export type OccurrenceFacts = { taskId: string; status: OccurrenceStatus; lateness: Lateness };
export type TaskFacts = { id: string; reformArea: string; weight: number };

/** Where a set of work stands: counts, and the share done by count and by the tasks' weights. */
export type Tally = {
  total: number;
  done: number;
  notApplicable: number;
  late: number;
  /** Done over what applies (0–1); 1 when nothing applies. */
  shareDone: number;
  /** The tasks' shares averaged by their weights (0–1). */
  weightedShareDone: number;
};

type Parts = { total: number; done: number; notApplicable: number; late: number; weighted: number; weights: number };

const empty = (): Parts => ({ total: 0, done: 0, notApplicable: 0, late: 0, weighted: 0, weights: 0 });

const share = (done: number, total: number, notApplicable: number) => (total - notApplicable > 0 ? done / (total - notApplicable) : 1);

function finish(p: Parts): Tally {
  return {
    total: p.total,
    done: p.done,
    notApplicable: p.notApplicable,
    late: p.late,
    shareDone: share(p.done, p.total, p.notApplicable),
    weightedShareDone: p.weights > 0 ? p.weighted / p.weights : share(p.done, p.total, p.notApplicable),
  };
}

/**
 * Rolls occurrences up to their tasks, the tasks to their reform areas and the areas to the plan.
 * A task with no occurrence yet (on-request work) counts in no share.
 */
export function rollUp(tasks: readonly TaskFacts[], occurrences: readonly OccurrenceFacts[]) {
  const byTask = new Map<string, Parts>(tasks.map((t) => [t.id, empty()]));
  for (const o of occurrences) {
    const p = byTask.get(o.taskId);
    if (!p) continue;
    p.total++;
    if (o.status === 'done') p.done++;
    if (o.status === 'not_applicable') p.notApplicable++;
    if (o.lateness !== 'not_late') p.late++;
  }
  const areas = new Map<string, Parts>();
  const plan = empty();
  for (const t of tasks) {
    const p = byTask.get(t.id)!;
    const a = areas.get(t.reformArea) ?? empty();
    areas.set(t.reformArea, a);
    for (const target of [a, plan]) {
      target.total += p.total;
      target.done += p.done;
      target.notApplicable += p.notApplicable;
      target.late += p.late;
      if (p.total > 0) {
        target.weighted += t.weight * share(p.done, p.total, p.notApplicable);
        target.weights += t.weight;
      }
    }
  }
  return {
    plan: finish(plan),
    areas: [...areas].map(([reformArea, p]) => ({ reformArea, ...finish(p) })),
    tasks: tasks.map((t) => ({ taskId: t.id, ...finish({ ...byTask.get(t.id)!, weighted: 0, weights: 0 }) })),
  };
}

/** A parent plan's view: its own work and each child plan's, added up. */
export function combine(tallies: readonly Tally[]): Tally {
  const p = tallies.reduce<Parts>(
    (acc, t) => ({
      total: acc.total + t.total,
      done: acc.done + t.done,
      notApplicable: acc.notApplicable + t.notApplicable,
      late: acc.late + t.late,
      weighted: acc.weighted + t.weightedShareDone * (t.total - t.notApplicable),
      weights: acc.weights + (t.total - t.notApplicable),
    }),
    empty(),
  );
  return finish(p);
}
