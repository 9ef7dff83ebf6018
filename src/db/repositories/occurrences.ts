import type { Selectable } from 'kysely';
import { PLAN_STATES_IN_FORCE } from '../../domain/plans/lifecycle';
import type { Db } from '../database';
import { newId } from '../ids';
import type { OccurrenceEventsTable } from '../schema';

export type OccurrenceEventRow = Selectable<OccurrenceEventsTable>;

/** An occurrence with what access and display need: its body, its task and its plan's body. */
export async function findOccurrenceInContext(db: Db, id: string) {
  return occurrenceQuery(db).where('oc.id', '=', id).executeTakeFirst();
}

export type OccurrenceListFilter = {
  /** Occurrences of units inside these roots, or of plans of bodies inside them. */
  roots: string[];
  /** Only occurrences of these organisations ("my work"). */
  organizationIds?: string[];
  status?: string;
  /** Only work still to do (not done, not "not applicable"). */
  open?: boolean;
  planId?: string;
  /** Only those due before this day (a first cut for "late"; the rule itself is applied after). */
  dueBefore?: string;
  dueFrom?: string;
  dueTo?: string;
  limit: number;
  cursor?: string;
};

export async function listOccurrences(db: Db, f: OccurrenceListFilter) {
  if (f.roots.length === 0) return [];
  let query = filteredOccurrences(db, f);
  if (f.cursor) query = query.where('oc.id', '>', f.cursor);
  return query.orderBy('oc.id').limit(f.limit + 1).execute();
}

/** How many occurrences the filter matches: an export's total before it pages through them. */
export async function countOccurrences(db: Db, f: Omit<OccurrenceListFilter, 'limit' | 'cursor'>): Promise<number> {
  if (f.roots.length === 0) return 0;
  const row = await db
    .selectFrom(filteredOccurrences(db, f).as('matched'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Periods of units inside these roots, or of plans whose body is inside them. */
const inReach = (query: ReturnType<typeof occurrenceQuery>, roots: readonly string[]) =>
  query.where((eb) => eb.or(roots.flatMap((root) => [eb('org.path', 'like', `${root}%`), eb('pb.path', 'like', `${root}%`)])));

function filteredOccurrences(db: Db, f: Omit<OccurrenceListFilter, 'limit' | 'cursor'>) {
  let query = inReach(occurrenceQuery(db), f.roots);
  if (f.organizationIds) query = f.organizationIds.length ? query.where('oc.organization_id', 'in', f.organizationIds) : query.where('oc.id', '=', '');
  if (f.status) query = query.where('oc.status', '=', f.status);
  if (f.open) query = query.where('oc.status', 'not in', ['done', 'not_applicable']);
  if (f.planId) query = query.where('oc.plan_id', '=', f.planId);
  if (f.dueBefore) query = query.where('oc.due', '<', f.dueBefore);
  if (f.dueFrom) query = query.where('oc.due', '>=', f.dueFrom);
  if (f.dueTo) query = query.where('oc.due', '<=', f.dueTo);
  // A plan's own page shows all its periods; every other list shows the work counted
  // (domain/occurrences/counted-work.ts): plans in force, each task once.
  if (!f.planId) query = countedOnly(query);
  return query.where('oc.detached_at', 'is', null);
}

/**
 * The counting rule in SQL, for lists that page: plans in force, and no period a plan above assigns
 * to a body whose own plan carries that task out (its own plan's periods say how it went).
 */
function countedOnly(query: ReturnType<typeof occurrenceQuery>) {
  const inForce = [...PLAN_STATES_IN_FORCE];
  return query.where('p.state', 'in', inForce).where((eb) =>
    eb.or([
      eb('p.organization_id', '=', eb.ref('org.body_id')),
      eb.not(
        eb.exists(
          eb
            .selectFrom('tasks as ct')
            .innerJoin('plans as cp', 'cp.id', 'ct.plan_id')
            .select('ct.id')
            .whereRef('ct.parent_task_id', '=', 'oc.task_id')
            .whereRef('cp.organization_id', '=', 'org.body_id')
            .whereRef('cp.year', '=', 'p.year')
            .where('cp.state', 'in', inForce),
        ),
      ),
    ]),
  );
}

function occurrenceQuery(db: Db) {
  return db
    .selectFrom('occurrences as oc')
    .innerJoin('organizations as org', 'org.id', 'oc.organization_id')
    .innerJoin('tasks as t', 't.id', 'oc.task_id')
    .innerJoin('plans as p', 'p.id', 'oc.plan_id')
    .innerJoin('organizations as pb', 'pb.id', 'p.organization_id')
    .selectAll('oc')
    .select([
      'org.path as org_path',
      'org.body_id as org_body_id',
      'org.name as org_name',
      'org.code as org_code',
      't.title as task_title',
      't.coordinators_json as task_coordinators_json',
      'p.organization_id as plan_body_id',
      'pb.path as plan_body_path',
      'p.state as plan_state',
      'p.number as plan_number',
      'p.symbol as plan_symbol',
      'p.title as plan_title',
      'p.year as plan_year',
    ]);
}

export type OccurrenceInContext = NonNullable<Awaited<ReturnType<typeof findOccurrenceInContext>>>;

export async function insertOccurrenceEvent(db: Db, e: Omit<OccurrenceEventRow, 'id'>): Promise<void> {
  await db.insertInto('occurrence_events').values({ id: newId(), ...e }).execute();
}

export async function listOccurrenceEvents(db: Db, occurrenceId: string): Promise<OccurrenceEventRow[]> {
  return db.selectFrom('occurrence_events').selectAll().where('occurrence_id', '=', occurrenceId).orderBy('at').execute();
}

/**
 * Every period of one task inside the reader's reach, as a task's page lists them: units inside the
 * roots, or any unit when the plan's body is inside them; periods no longer in the plan included.
 */
export async function listOccurrencesOfTaskInReach(db: Db, taskId: string, roots: readonly string[]) {
  if (roots.length === 0) return [];
  return inReach(occurrenceQuery(db), roots)
    .where('oc.task_id', '=', taskId)
    .orderBy('oc.period_start')
    .orderBy('org.name')
    .orderBy('oc.id')
    .execute();
}

/** The history of many occurrences at once, oldest first. */
export async function listEventsOfOccurrences(db: Db, occurrenceIds: readonly string[]): Promise<OccurrenceEventRow[]> {
  if (occurrenceIds.length === 0) return [];
  return db.selectFrom('occurrence_events').selectAll().where('occurrence_id', 'in', [...occurrenceIds]).orderBy('at').orderBy('id').execute();
}
