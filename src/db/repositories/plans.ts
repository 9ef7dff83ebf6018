import { sql, type Selectable } from 'kysely';
import { PLAN_STATES_IN_FORCE } from '../../domain/plans/lifecycle';
import { foldText } from '../../shared/fold';
import type { Db } from '../database';
import { nowIso } from '../ids';
import type { PlansTable } from '../schema';

export type PlanRow = Selectable<PlansTable>;

export async function insertPlan(db: Db, row: PlanRow): Promise<void> {
  await db.insertInto('plans').values(row).execute();
}

export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
}

export type PlanChanges = Partial<Omit<PlanRow, 'id' | 'organization_id' | 'created_at' | 'created_by' | 'title_folded'>>;

export async function updatePlan(db: Db, id: string, changes: PlanChanges): Promise<void> {
  const values: Partial<PlanRow> = { ...changes, updated_at: nowIso() };
  if (changes.title !== undefined) values.title_folded = foldText(changes.title);
  await db.updateTable('plans').set(values).where('id', '=', id).execute();
}

export type PlanListRow = PlanRow & { org_code: string; org_name: string; org_path: string; task_count: number };

export type PlanFilter = {
  /** Plans of bodies inside these roots… */
  roots: string[];
  /** …and the issued plans of these bodies (the ancestors of the reader's bodies). */
  ancestorBodyIds: string[];
  year?: number;
  kind?: string;
  state?: string;
  organizationId?: string;
  parentPlanId?: string;
  q?: string;
  limit: number;
  cursor?: string;
};

export async function listPlans(db: Db, f: PlanFilter): Promise<PlanListRow[]> {
  if (f.roots.length === 0 && f.ancestorBodyIds.length === 0) return [];
  let query = db
    .selectFrom('plans as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .selectAll('p')
    .select(['o.code as org_code', 'o.name as org_name', 'o.path as org_path'])
    .select((eb) => eb.selectFrom('tasks as t').select(eb.fn.countAll<number>().as('n')).whereRef('t.plan_id', '=', 'p.id').as('task_count'))
    .where((eb) =>
      eb.or([
        ...f.roots.map((root) => eb('o.path', 'like', `${root}%`)),
        ...(f.ancestorBodyIds.length > 0 ? [eb.and([eb('p.organization_id', 'in', f.ancestorBodyIds), eb('p.state', 'in', [...PLAN_STATES_IN_FORCE])])] : []),
      ]),
    );
  if (f.year) query = query.where('p.year', '=', f.year);
  if (f.kind) query = query.where('p.kind', '=', f.kind);
  if (f.state) query = query.where('p.state', '=', f.state);
  if (f.organizationId) query = query.where('p.organization_id', '=', f.organizationId);
  if (f.parentPlanId) query = query.where('p.parent_plan_id', '=', f.parentPlanId);
  if (f.q) query = query.where('p.title_folded', 'like', `%${foldText(f.q)}%`);
  if (f.cursor) query = query.where('p.id', '<', f.cursor);
  const rows = await query.orderBy('p.id', 'desc').limit(f.limit + 1).execute();
  return rows.map((r) => ({ ...r, task_count: Number(r.task_count ?? 0) }));
}

/** Takes the next number in a body's register for the year: the transaction holds it until commit. */
export async function nextDocumentNumber(db: Db, organizationId: string, year: number, documentKind: string): Promise<number> {
  await db
    .insertInto('document_number_registers')
    .values({ organization_id: organizationId, year, document_kind: documentKind, last_number: 1 })
    .onConflict((oc) => oc.columns(['organization_id', 'year', 'document_kind']).doUpdateSet({ last_number: sql`document_number_registers.last_number + 1` }))
    .execute();
  const row = await db
    .selectFrom('document_number_registers')
    .select('last_number')
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .where('document_kind', '=', documentKind)
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export async function insertPlanVersion(db: Db, v: { planId: string; version: number; state: string; snapshot: unknown; createdBy: string | null }): Promise<void> {
  await db
    .insertInto('plan_versions')
    .values({ plan_id: v.planId, version: v.version, state: v.state, snapshot_json: JSON.stringify(v.snapshot), created_by: v.createdBy, created_at: nowIso() })
    .execute();
}

export async function listPlanVersions(db: Db, planId: string) {
  return db.selectFrom('plan_versions').select(['version', 'state', 'created_by', 'created_at']).where('plan_id', '=', planId).orderBy('version').execute();
}

export async function findPlanVersion(db: Db, planId: string, version: number) {
  return db.selectFrom('plan_versions').selectAll().where('plan_id', '=', planId).where('version', '=', version).executeTakeFirst();
}

/** The text of a body's issued (or closed) plans of a year: where its targets ("chỉ tiêu") are written. */
export async function issuedPlanContents(db: Db, organizationId: string, year: number): Promise<string[]> {
  const rows = await db.selectFrom('plans').select('content_json').where('organization_id', '=', organizationId).where('year', '=', year).where('state', 'in', [...PLAN_STATES_IN_FORCE]).orderBy('created_at').execute();
  return rows.map((r) => r.content_json);
}

/** A body's issued (or closed) plans of a year, oldest first: what its public progress page lists. */
export async function listIssuedPlans(db: Db, organizationId: string, year: number) {
  return db
    .selectFrom('plans')
    .select(['id', 'kind', 'number', 'symbol', 'issued_on', 'title'])
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .where('state', 'in', [...PLAN_STATES_IN_FORCE])
    .orderBy('issued_on')
    .orderBy('number')
    .execute();
}

/** The years in which a body has issued plans, newest first. */
export async function issuedPlanYears(db: Db, organizationId: string): Promise<number[]> {
  const rows = await db.selectFrom('plans').select('year').distinct().where('organization_id', '=', organizationId).where('state', 'in', [...PLAN_STATES_IN_FORCE]).orderBy('year', 'desc').execute();
  return rows.map((r) => Number(r.year));
}
