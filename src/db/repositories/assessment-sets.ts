import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { AssessmentCriteriaSetsTable } from '../schema';

export type CriteriaSetRow = Selectable<AssessmentCriteriaSetsTable>;

/** A criteria set with where its body sits in the tree, for the policies. */
export type CriteriaSetInContext = CriteriaSetRow & { org_path: string; org_body_id: string; org_name: string };

const inContext = (db: Db) =>
  db
    .selectFrom('assessment_criteria_sets as s')
    .innerJoin('organizations as org', 'org.id', 's.organization_id')
    .selectAll('s')
    .select(['org.path as org_path', 'org.body_id as org_body_id', 'org.name as org_name']);

export async function insertCriteriaSet(db: Db, row: CriteriaSetRow): Promise<void> {
  await db.insertInto('assessment_criteria_sets').values(row).execute();
}

export async function updateCriteriaSet(db: Db, id: string, changes: Partial<Pick<CriteriaSetRow, 'name' | 'criteria_json' | 'bands_json' | 'updated_at'>>): Promise<void> {
  await db.updateTable('assessment_criteria_sets').set(changes).where('id', '=', id).execute();
}

export async function findCriteriaSet(db: Db, id: string): Promise<CriteriaSetInContext | undefined> {
  return inContext(db).where('s.id', '=', id).executeTakeFirst();
}

export async function findCriteriaSetOfYear(db: Db, organizationId: string, year: number): Promise<CriteriaSetRow | undefined> {
  return db.selectFrom('assessment_criteria_sets').selectAll().where('organization_id', '=', organizationId).where('year', '=', year).executeTakeFirst();
}

/** A body's sets, newest year first. */
export async function listCriteriaSets(db: Db, organizationId: string): Promise<CriteriaSetInContext[]> {
  return inContext(db).where('s.organization_id', '=', organizationId).orderBy('s.year', 'desc').execute();
}
