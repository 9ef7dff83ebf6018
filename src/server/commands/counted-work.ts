import type { OccurrenceStatus } from '../../domain/calendar';
import { workByBody, type SourcedOccurrence } from '../../domain/occurrences/counted-work';
import type { WorkFact } from '../../domain/reports/work';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/database';
import { dataVersion } from '../../db/data-version';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { listCarriedTasks, listWorkCandidates, type WorkCandidateRow, type WorkRange } from '../../db/repositories/counted-work';

/** One period of counted work, with what the counts, the lists and the reports show of it. */
export type CountedOccurrence = SourcedOccurrence & {
  id: string;
  planId: string;
  organizationId: string;
  unitName: string;
  title: string;
  reformArea: string;
  due: string | null;
  status: OccurrenceStatus;
  submittedOn: string | null;
  completedOn: string | null;
};

const toCounted = (r: WorkCandidateRow): CountedOccurrence => ({
  id: r.id,
  taskId: r.task_id,
  planId: r.plan_id,
  planState: r.plan_state,
  planBodyId: r.plan_body_id,
  bodyId: r.body_id,
  organizationId: r.organization_id,
  unitName: r.unit_name,
  title: r.title,
  reformArea: r.reform_area,
  due: r.due,
  status: r.status as OccurrenceStatus,
  submittedOn: r.submitted_on,
  completedOn: r.completed_on,
});

/**
 * The work each of these bodies answers for in a range — the one source of every count (home page,
 * follow-up matrix, KPIs, reports): read from the database, decided by `countsForBody`.
 */
export async function loadWorkOfBodies(db: Db, bodyIds: readonly string[], range: WorkRange): Promise<Map<string, CountedOccurrence[]>> {
  // Kept while nothing is written: a department of health's home, matrix and KPI cards, and each of its
  // people, read the same sixty bodies' year (30 000 periods in a province). Never inside a transaction,
  // where the data version counts the transaction's own writes, which may yet be rolled back.
  const version = db.isTransaction ? null : await dataVersion(db);
  if (version === null) return readWorkOfBodies(db, bodyIds, range);
  // Only the current version's reads are kept: once anything is written, an older one is never asked
  // for again, and a province's year is tens of megabytes.
  let kept = keptWork.get(db);
  if (!kept || kept.version !== version) keptWork.set(db, (kept = { version, reads: new LRUCache({ max: 8 }) }));
  const key = `${range.from}|${range.to}|${range.year}|${[...bodyIds].sort().join(',')}`;
  // The promise is kept, not its result: people who open the province's pages together share one read.
  const reads = kept.reads;
  let work = reads.get(key);
  if (!work) {
    work = readWorkOfBodies(db, bodyIds, range);
    reads.set(key, work);
    work.catch(() => reads.delete(key));
  }
  return work;
}

async function readWorkOfBodies(db: Db, bodyIds: readonly string[], range: WorkRange): Promise<Map<string, CountedOccurrence[]>> {
  const [rows, carried] = await Promise.all([listWorkCandidates(db, bodyIds, range), listCarriedTasks(db, bodyIds, range.year)]);
  const byBody = workByBody(rows.map(toCounted), carried);
  for (const id of bodyIds) if (!byBody.has(id)) byBody.set(id, []);
  return byBody;
}

/** Loaded work per database, by data version, range and bodies; read only by its callers. */
const keptWork = new WeakMap<Db, { version: string; reads: LRUCache<string, Promise<Map<string, CountedOccurrence[]>>> }>();

export async function loadWorkOfBody(db: Db, bodyId: string, range: WorkRange): Promise<CountedOccurrence[]> {
  return (await loadWorkOfBodies(db, [bodyId], range)).get(bodyId)!;
}

export const yearRange = (year: number): WorkRange => ({ from: `${year}-01-01`, to: `${year}-12-31`, year });

/** A body and every body under it (a department of health's hospitals and centres): whose work its own figures add up. */
export async function bodiesInReach(db: Db, body: { id: string; path: string }): Promise<string[]> {
  return [body.id, ...(await listMatrixOrganizations(db, body, 'bodies')).map((o) => o.id)];
}

/** A period of counted work as the report's counting reads it. */
export const workFactOf = (o: CountedOccurrence): WorkFact => ({
  task: o.title,
  reformArea: o.reformArea,
  unitId: o.organizationId,
  unit: o.unitName,
  due: o.due,
  status: o.status,
  submittedOn: o.submittedOn,
  completedOn: o.completedOn,
});
