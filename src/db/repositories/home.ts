import { PLAN_STATES_IN_FORCE } from '../../domain/plans/lifecycle';
import type { Db } from '../database';

const countOf = (row: { n: number | string | bigint } | undefined) => Number(row?.n ?? 0);

/** Work handed in and waiting for review in plans of these bodies (where the person reviews). */
export async function countAwaitingReview(db: Db, planBodyIds: readonly string[]): Promise<number> {
  if (planBodyIds.length === 0) return 0;
  return countOf(
    await db
      .selectFrom('occurrences as oc')
      .innerJoin('plans as p', 'p.id', 'oc.plan_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('oc.status', '=', 'submitted')
      .where('oc.detached_at', 'is', null)
      .where('p.state', 'in', [...PLAN_STATES_IN_FORCE])
      .where('p.organization_id', 'in', [...planBodyIds])
      .executeTakeFirst(),
  );
}

/** Work of these organisations sent back by the reviewer and not handed in again: its last step is a return. */
export async function countReturned(db: Db, organizationIds: readonly string[]): Promise<number> {
  if (organizationIds.length === 0) return 0;
  return countOf(
    await db
      .selectFrom('occurrences as oc')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('oc.organization_id', 'in', [...organizationIds])
      .where('oc.status', '=', 'in_progress')
      .where('oc.detached_at', 'is', null)
      .where((eb) =>
        eb(
          eb.selectFrom('occurrence_events as e').select('e.kind').whereRef('e.occurrence_id', '=', 'oc.id').orderBy('e.at', 'desc').orderBy('e.id', 'desc').limit(1),
          '=',
          'return',
        ),
      )
      .executeTakeFirst(),
  );
}

/** Plans of these bodies waiting for their director's approval. */
export async function countPlansAwaitingApproval(db: Db, bodyIds: readonly string[]): Promise<number> {
  if (bodyIds.length === 0) return 0;
  return countOf(await db.selectFrom('plans').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'submitted').where('organization_id', 'in', [...bodyIds]).executeTakeFirst());
}

/** News items of these bodies sent for approval. */
export async function countItemsAwaitingApproval(db: Db, bodyIds: readonly string[]): Promise<number> {
  if (bodyIds.length === 0) return 0;
  return countOf(await db.selectFrom('media_items').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'submitted').where('organization_id', 'in', [...bodyIds]).executeTakeFirst());
}

/** The year's reports of these bodies: period, state and when sent. */
export async function listYearReports(db: Db, bodyIds: readonly string[], year: number) {
  if (bodyIds.length === 0) return [];
  return db.selectFrom('reports').select(['id', 'organization_id', 'period', 'state', 'due_on', 'submitted_at']).where('organization_id', 'in', [...bodyIds]).where('year', '=', year).where('period', '!=', 'custom').execute();
}
