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

/** The reports of these bodies for one period, whatever their state: the parent decides what counts. */
export async function listReportsOfBodies(db: Db, organizationIds: readonly string[], key: ReportKey): Promise<ReportRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('reports')
    .selectAll()
    .where('organization_id', 'in', [...organizationIds])
    .where('period', '=', key.period)
    .where('year', '=', key.year)
    .where('from_date', '=', key.from)
    .where('to_date', '=', key.to)
    .execute();
}

export async function insertReportEvent(db: Db, e: Omit<ReportEventRow, 'id'>): Promise<void> {
  await db.insertInto('report_events').values({ id: newId(), ...e }).execute();
}

export async function listReportEvents(db: Db, reportId: string): Promise<ReportEventRow[]> {
  return db.selectFrom('report_events').selectAll().where('report_id', '=', reportId).orderBy('at').orderBy('id').execute();
}

/** The periodic reports of these bodies due in the year by `asOf` (a custom period is no periodic report), with when each was sent. */
export async function periodicReportsDueBy(db: Db, organizationIds: readonly string[], year: number, asOf: string): Promise<Pick<ReportRow, 'due_on' | 'submitted_at'>[]> {
  if (organizationIds.length === 0) return [];
  return db.selectFrom('reports').select(['due_on', 'submitted_at']).where('organization_id', 'in', organizationIds).where('year', '=', year).where('period', '!=', 'custom').where('due_on', '<=', asOf).execute();
}
