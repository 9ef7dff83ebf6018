import { PLAN_STATES_IN_FORCE } from '../../domain/plans/lifecycle';
import type { Db } from '../database';

/** The days a count looks at, and the plan year whose undated work it includes. */
export type WorkRange = { from: string; to: string; year: number };

/**
 * Candidates for the counted work of these bodies (the rule itself is `domain/occurrences/counted-work.ts`):
 * the periods of plans in force that the bodies or their departments answer for, due in the range,
 * and the undated ones of the range's year. Narrowed in SQL so a province reads only what it counts.
 */
export async function listWorkCandidates(db: Db, bodyIds: readonly string[], range: WorkRange) {
  if (bodyIds.length === 0) return [];
  return db
    .selectFrom('occurrences as oc')
    .innerJoin('organizations as org', 'org.id', 'oc.organization_id')
    .innerJoin('tasks as t', 't.id', 'oc.task_id')
    .innerJoin('plans as p', 'p.id', 'oc.plan_id')
    .select([
      'oc.id',
      'oc.task_id',
      'oc.plan_id',
      'oc.organization_id',
      'org.name as unit_name',
      'org.body_id',
      't.title',
      't.reform_area',
      'p.organization_id as plan_body_id',
      'p.state as plan_state',
      'oc.due',
      'oc.status',
      'oc.submitted_on',
      'oc.completed_on',
    ])
    .where('oc.detached_at', 'is', null)
    .where('p.state', 'in', [...PLAN_STATES_IN_FORCE])
    .where('org.body_id', 'in', [...bodyIds])
    .where((eb) => eb.or([eb.and([eb('oc.due', '>=', range.from), eb('oc.due', '<=', range.to)]), eb.and([eb('oc.due', 'is', null), eb('p.year', '=', range.year)])]))
    .execute();
}

export type WorkCandidateRow = Awaited<ReturnType<typeof listWorkCandidates>>[number];

/** For each body, the tasks of plans above it that its own plans in force of the year carry out. */
export async function listCarriedTasks(db: Db, bodyIds: readonly string[], year: number): Promise<Map<string, Set<string>>> {
  const carried = new Map<string, Set<string>>();
  if (bodyIds.length === 0) return carried;
  const rows = await db
    .selectFrom('tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select(['p.organization_id', 't.parent_task_id'])
    .where('p.organization_id', 'in', [...bodyIds])
    .where('p.year', '=', year)
    .where('p.state', 'in', [...PLAN_STATES_IN_FORCE])
    .where('t.parent_task_id', 'is not', null)
    .execute();
  for (const r of rows) {
    const set = carried.get(r.organization_id) ?? new Set<string>();
    set.add(r.parent_task_id!);
    carried.set(r.organization_id, set);
  }
  return carried;
}

/**
 * The version of each body's counted work (work_versions, kept by triggers: migration 0020); a body no
 * write has touched since is at 0.
 */
export async function workVersionsOf(db: Db, bodyIds: readonly string[]): Promise<Map<string, number>> {
  const versions = new Map<string, number>(bodyIds.map((id) => [id, 0]));
  if (bodyIds.length === 0) return versions;
  for (const r of await db.selectFrom('work_versions').select(['body_id', 'n']).where('body_id', 'in', [...bodyIds]).execute()) versions.set(r.body_id, Number(r.n));
  return versions;
}
