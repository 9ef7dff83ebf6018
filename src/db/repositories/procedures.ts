import type { Selectable } from 'kysely';
import { foldText } from '../../shared/fold';
import type { Db } from '../database';
import { searchTerms } from './public-media';
import type { ProcedureEventsTable, ProcedureFilesTable, ProcedurePostingsTable, ProceduresTable } from '../schema';

export type ProcedureRow = Selectable<ProceduresTable>;
export type ProcedureEventRow = Selectable<ProcedureEventsTable>;
export type ProcedureFileRow = Selectable<ProcedureFilesTable>;
export type ProcedurePostingRow = Selectable<ProcedurePostingsTable>;

/** A procedure with where its body sits in the tree, for the policies. */
export type ProcedureInContext = ProcedureRow & { org_path: string; org_body_id: string; org_code: string; org_name: string };

export const procedureSearchText = (p: Pick<ProcedureRow, 'code' | 'name' | 'field'>) => foldText([p.code, p.name, p.field].join(' '));

const inContext = (db: Db) =>
  db
    .selectFrom('procedures as p')
    .innerJoin('organizations as org', 'org.id', 'p.organization_id')
    .selectAll('p')
    .select(['org.path as org_path', 'org.body_id as org_body_id', 'org.code as org_code', 'org.name as org_name']);

export async function insertProcedure(db: Db, row: ProcedureRow): Promise<void> {
  await db.insertInto('procedures').values(row).execute();
}

export async function updateProcedure(db: Db, id: string, changes: Partial<Omit<ProcedureRow, 'id' | 'organization_id' | 'created_at' | 'created_by'>>): Promise<void> {
  await db.updateTable('procedures').set(changes).where('id', '=', id).execute();
}

export async function findProcedure(db: Db, id: string): Promise<ProcedureInContext | undefined> {
  return inContext(db).where('p.id', '=', id).executeTakeFirst();
}

export async function findProcedureByCode(db: Db, organizationId: string, code: string): Promise<ProcedureInContext | undefined> {
  return inContext(db).where('p.organization_id', '=', organizationId).where('p.code', '=', code).executeTakeFirst();
}

export async function procedureCodesTaken(db: Db, organizationId: string, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('procedures').select('code').where('organization_id', '=', organizationId).where('code', 'in', [...codes]).execute();
  return new Set(rows.map((r) => r.code));
}

export type ProcedureFilter = { organizationIds: readonly string[]; q?: string; field?: string; scope?: string };

/** The procedures of some bodies, narrowed in SQL by text, field and scope; status and posting are read in the domain. */
export async function listProcedures(db: Db, f: ProcedureFilter): Promise<ProcedureInContext[]> {
  if (f.organizationIds.length === 0) return [];
  let query = inContext(db).where('p.organization_id', 'in', [...f.organizationIds]);
  // Every word, folded: "giay kham suc khoe" finds "Cấp giấy khám sức khỏe".
  for (const term of searchTerms(f.q)) query = query.where('p.search_folded', 'like', `%${term}%`);
  if (f.field) query = query.where('p.field', '=', f.field);
  if (f.scope) query = query.where('p.scope', '=', f.scope);
  return query.orderBy('p.organization_id').orderBy('p.code').execute();
}

export async function insertProcedureEvent(db: Db, row: ProcedureEventRow): Promise<void> {
  await db.insertInto('procedure_events').values(row).execute();
}

/** The events of these procedures, by procedure. */
export async function eventsOf(db: Db, procedureIds: readonly string[]): Promise<Map<string, ProcedureEventRow[]>> {
  const byProcedure = new Map<string, ProcedureEventRow[]>(procedureIds.map((id) => [id, []]));
  if (procedureIds.length === 0) return byProcedure;
  const rows = await db.selectFrom('procedure_events').selectAll().where('procedure_id', 'in', [...procedureIds]).orderBy('effective_on').orderBy('created_at').execute();
  for (const row of rows) byProcedure.get(row.procedure_id)?.push(row);
  return byProcedure;
}

export async function insertPosting(db: Db, row: ProcedurePostingRow): Promise<void> {
  await db.insertInto('procedure_postings').values(row).execute();
}

/** The newest version of a procedure ever posted, or null when it never was. */
export async function lastPostedVersion(db: Db, procedureId: string): Promise<number | null> {
  const row = await db.selectFrom('procedure_postings').select((eb) => eb.fn.max('version').as('v')).where('procedure_id', '=', procedureId).executeTakeFirst();
  return row?.v == null ? null : Number(row.v);
}

/** The postings of these procedures, newest first, by procedure. */
export async function postingsOf(db: Db, procedureIds: readonly string[]): Promise<Map<string, ProcedurePostingRow[]>> {
  const byProcedure = new Map<string, ProcedurePostingRow[]>(procedureIds.map((id) => [id, []]));
  if (procedureIds.length === 0) return byProcedure;
  const rows = await db.selectFrom('procedure_postings').selectAll().where('procedure_id', 'in', [...procedureIds]).orderBy('posted_on', 'desc').orderBy('created_at', 'desc').execute();
  for (const row of rows) byProcedure.get(row.procedure_id)?.push(row);
  return byProcedure;
}

export async function insertProcedureFile(db: Db, row: ProcedureFileRow): Promise<void> {
  await db.insertInto('procedure_files').values(row).execute();
}

export async function findProcedureFile(db: Db, id: string): Promise<ProcedureFileRow | undefined> {
  return db.selectFrom('procedure_files').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteProcedureFile(db: Db, id: string): Promise<void> {
  await db.deleteFrom('procedure_files').where('id', '=', id).execute();
}

export async function filesOf(db: Db, procedureIds: readonly string[]): Promise<Map<string, ProcedureFileRow[]>> {
  const byProcedure = new Map<string, ProcedureFileRow[]>(procedureIds.map((id) => [id, []]));
  if (procedureIds.length === 0) return byProcedure;
  const rows = await db.selectFrom('procedure_files').selectAll().where('procedure_id', 'in', [...procedureIds]).orderBy('created_at').execute();
  for (const row of rows) byProcedure.get(row.procedure_id)?.push(row);
  return byProcedure;
}

/** A form still offered, or a photo a posting points at, is kept; the caller asks before deleting. */
export async function fileUsedAsProof(db: Db, fileId: string): Promise<boolean> {
  return (await db.selectFrom('procedure_postings').select('id').where('proof_file_id', '=', fileId).executeTakeFirst()) !== undefined;
}

/** The fields (lĩnh vực) a body's procedures are in, for the filter's choices. */
export async function procedureFields(db: Db, organizationIds: readonly string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.selectFrom('procedures').select('field').distinct().where('organization_id', 'in', [...organizationIds]).orderBy('field').execute();
  return rows.map((r) => r.field);
}
