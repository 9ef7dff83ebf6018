import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { IndexResultsTable } from '../schema';

export type IndexResultRow = Selectable<IndexResultsTable>;

export async function listIndexResults(db: Db, organizationId: string, from?: number, to?: number): Promise<IndexResultRow[]> {
  let query = db.selectFrom('index_results').selectAll().where('organization_id', '=', organizationId);
  if (from !== undefined) query = query.where('year', '>=', from);
  if (to !== undefined) query = query.where('year', '<=', to);
  return query.orderBy('year').orderBy('kind').orderBy('scope').execute();
}

export async function findIndexResult(db: Db, id: string): Promise<IndexResultRow | undefined> {
  return db.selectFrom('index_results').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findIndexResultFor(db: Db, key: Pick<IndexResultRow, 'organization_id' | 'kind' | 'scope' | 'year'>): Promise<IndexResultRow | undefined> {
  return db
    .selectFrom('index_results')
    .selectAll()
    .where('organization_id', '=', key.organization_id)
    .where('kind', '=', key.kind)
    .where('scope', '=', key.scope)
    .where('year', '=', key.year)
    .executeTakeFirst();
}

export async function insertIndexResult(db: Db, row: IndexResultRow): Promise<void> {
  await db.insertInto('index_results').values(row).execute();
}

export async function updateIndexResult(db: Db, id: string, changes: Partial<IndexResultRow>): Promise<void> {
  await db.updateTable('index_results').set(changes).where('id', '=', id).execute();
}

export async function deleteIndexResult(db: Db, id: string): Promise<void> {
  await db.deleteFrom('index_results').where('id', '=', id).execute();
}

/** Items a body published for the first time in a year: the communication KPI. */
export async function countItemsPublished(db: Db, organizationId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('media_items')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('state', '=', 'published')
    .where('first_published_on', '>=', `${year}-01-01`)
    .where('first_published_on', '<=', `${year}-12-31`)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
