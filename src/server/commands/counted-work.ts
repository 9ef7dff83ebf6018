import type { OccurrenceStatus } from '../../domain/calendar';
import { workByBody, type SourcedOccurrence } from '../../domain/occurrences/counted-work';
import type { WorkFact } from '../../domain/reports/work';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/database';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { listCarriedTasks, listWorkCandidates, workVersionsOf, type WorkCandidateRow, type WorkRange } from '../../db/repositories/counted-work';

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
 *
 * Each body's work is kept by its work version (migration 0020: triggers bump it when what it is counted on
 * is written, in any process): a department of health's pages read sixty bodies' year, and after a write
 * in one body only that body is read again. Never inside a transaction, which may see its own writes
 * that may yet be rolled back. The version is read before the rows: a write in between is read again next time.
 */
export async function loadWorkOfBodies(db: Db, bodyIds: readonly string[], range: WorkRange): Promise<Map<string, CountedOccurrence[]>> {
  if (db.isTransaction) return readWorkOfBodies(db, bodyIds, range);
  const versions = await workVersionsOf(db, bodyIds);
  const kept = keptWorkOf(db);
  const keyOf = (id: string) => `${id}|${range.from}|${range.to}|${range.year}|${versions.get(id)}`;
  const byBody = new Map<string, CountedOccurrence[]>();
  const pending: Promise<[string, CountedOccurrence[]]>[] = [];
  const toRead: string[] = [];
  for (const id of bodyIds) {
    const key = keyOf(id);
    const work = kept.done.get(key);
    const reading = kept.reading.get(key);
    if (work) byBody.set(id, work);
    else if (reading) pending.push(reading.then((w) => [id, w]));
    else toRead.push(id);
  }
  if (toRead.length > 0) {
    // One read for every body not kept; people who open the province's pages together share it.
    const read = readWorkOfBodies(db, toRead, range);
    for (const id of toRead) {
      const key = keyOf(id);
      const one = read.then((all) => all.get(id)!);
      kept.reading.set(key, one);
      one.then((work) => void kept.done.set(key, work), () => undefined).finally(() => kept.reading.delete(key));
      pending.push(one.then((w) => [id, w]));
    }
  }
  for (const [id, work] of await Promise.all(pending)) byBody.set(id, work);
  return new Map(bodyIds.map((id) => [id, byBody.get(id)!]));
}

async function readWorkOfBodies(db: Db, bodyIds: readonly string[], range: WorkRange): Promise<Map<string, CountedOccurrence[]>> {
  const [rows, carried] = await Promise.all([listWorkCandidates(db, bodyIds, range), listCarriedTasks(db, bodyIds, range.year)]);
  const byBody = workByBody(rows.map(toCounted), carried);
  for (const id of bodyIds) if (!byBody.has(id)) byBody.set(id, []);
  return byBody;
}

/**
 * Each body's work kept per database, by range and work version; bounded by the periods kept (a province's
 * three years are about 100 000). An older version of a body is never asked for again and ages out.
 */
type KeptWork = { done: LRUCache<string, CountedOccurrence[]>; reading: Map<string, Promise<CountedOccurrence[]>> };
const keptWork = new WeakMap<Db, KeptWork>();
const MAX_KEPT_PERIODS = 300_000;

function keptWorkOf(db: Db): KeptWork {
  let kept = keptWork.get(db);
  if (!kept) keptWork.set(db, (kept = { done: new LRUCache({ maxSize: MAX_KEPT_PERIODS, sizeCalculation: (work) => work.length + 1 }), reading: new Map() }));
  return kept;
}

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
