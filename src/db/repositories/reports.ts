import type { Selectable } from 'kysely';
import type { Db } from '../database';
import { newId } from '../ids';
import type { ReportEventsTable, ReportsTable } from '../schema';

export type ReportRow = Selectable<ReportsTable>;
export type ReportEventRow = Selectable<ReportEventsTable>;

/** A report's period as the unique key names it. */
export type ReportKey = { period: string; year: number; from: string; to: string };

export async function insertReport(db: Db, row: ReportRow): Promise<void> {
  await db.insertInto('reports').values(row).execute();
}

export async function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findReportFor(db: Db, organizationId: string, key: ReportKey): Promise<ReportRow | undefined> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('period', '=', key.period)
    .where('year', '=', key.year)
    .where('from_date', '=', key.from)
    .where('to_date', '=', key.to)
    .executeTakeFirst();
}

export async function updateReport(db: Db, id: string, changes: Partial<Omit<ReportRow, 'id' | 'organization_id' | 'created_at' | 'created_by'>>): Promise<void> {
  await db.updateTable('reports').set(changes).where('id', '=', id).execute();
}

/** A body's reports, newest period first. */
/** A body's own reports; `from`/`to` keep those of that exact range (a custom period), as the children's list reads them. */
export async function listReports(db: Db, organizationId: string, filter: { year?: number; period?: string; from?: string; to?: string }): Promise<ReportRow[]> {
  let query = db.selectFrom('reports').selectAll().where('organization_id', '=', organizationId);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.period) query = query.where('period', '=', filter.period);
  if (filter.from) query = query.where('from_date', '=', filter.from);
  if (filter.to) query = query.where('to_date', '=', filter.to);
  return query.orderBy('year', 'desc').orderBy('to_date', 'desc').orderBy('from_date').execute();
}

/** A report without its contents (sections and texts, tens of kilobytes each): what a list of reports reads. */
export type ReportHead = Omit<ReportRow, 'sections_json' | 'texts_json'>;
const HEAD_COLUMNS = ['id', 'organization_id', 'period', 'year', 'from_date', 'to_date', 'state', 'number', 'symbol', 'parent_id', 'due_on', 'compiled_at', 'approved_by', 'approved_at', 'submitted_by', 'submitted_at', 'return_comment', 'created_by', 'created_at', 'updated_at'] as const satisfies readonly (keyof ReportHead)[];
/** Fails to compile when the table gains a column the list above does not name. */
const everyHeadColumn: Exclude<keyof ReportHead, (typeof HEAD_COLUMNS)[number]> extends never ? true : never = true;
void everyHeadColumn;

/** The reports of these bodies for one period, whatever their state (the parent decides what counts), without their contents. */
export async function listReportHeadsOfBodies(db: Db, organizationIds: readonly string[], key: ReportKey): Promise<ReportHead[]> {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('reports')
    .select(HEAD_COLUMNS)
    .where('organization_id', 'in', [...organizationIds])
    .where('period', '=', key.period)
    .where('year', '=', key.year)
    .where('from_date', '=', key.from)
    .where('to_date', '=', key.to)
    .execute();
}

/** The contents of these reports, by id. */
export async function reportContents(db: Db, ids: readonly string[]): Promise<Map<string, { sections_json: string; texts_json: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('reports').select(['id', 'sections_json', 'texts_json']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function insertReportEvent(db: Db, e: Omit<ReportEventRow, 'id'>): Promise<void> {
  await db.insertInto('report_events').values({ id: newId(), ...e }).execute();
}

/** The newest step of a report's history, if any. */
export async function lastReportEvent(db: Db, reportId: string): Promise<ReportEventRow | undefined> {
  return db.selectFrom('report_events').selectAll().where('report_id', '=', reportId).orderBy('at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function moveReportEvent(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('report_events').set({ at }).where('id', '=', id).execute();
}

export async function listReportEvents(db: Db, reportId: string): Promise<ReportEventRow[]> {
  return db.selectFrom('report_events').selectAll().where('report_id', '=', reportId).orderBy('at').orderBy('id').execute();
}

/** The periodic reports of these bodies due in the year by `asOf` (a custom period is no periodic report), with when each was sent. */
export async function periodicReportsDueBy(db: Db, organizationIds: readonly string[], year: number, asOf: string): Promise<Pick<ReportRow, 'due_on' | 'submitted_at'>[]> {
  if (organizationIds.length === 0) return [];
  return db.selectFrom('reports').select(['due_on', 'submitted_at']).where('organization_id', 'in', organizationIds).where('year', '=', year).where('period', '!=', 'custom').where('due_on', '<=', asOf).execute();
}
