import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { GoodPracticeSubmissionsTable } from '../schema';

export type GoodPracticeSubmissionRow = Selectable<GoodPracticeSubmissionsTable>;

/** A submission with what the department needs to judge it: whose it is and the item itself. */
export type GoodPracticeView = GoodPracticeSubmissionRow & {
  org_code: string;
  org_name: string;
  item_title: string;
  item_kind: string;
  item_summary: string | null;
  item_slug: string;
  item_state: string;
  item_first_published_on: string | null;
};

/** What decides whether an item may be sent: whose it is, its state and its good-practice mark. */
export async function findItemsForSending(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('media_items').select(['id', 'organization_id', 'state', 'good_practice', 'title']).where('id', 'in', [...ids]).execute();
}

export async function listSentItemIds(db: Db, month: string, itemIds: readonly string[]): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const rows = await db.selectFrom('good_practice_submissions').select('item_id').where('month', '=', month).where('item_id', 'in', [...itemIds]).execute();
  return new Set(rows.map((r) => r.item_id));
}

export async function insertSubmission(db: Db, row: GoodPracticeSubmissionRow): Promise<void> {
  await db.insertInto('good_practice_submissions').values(row).execute();
}

export async function setSelection(db: Db, id: string, selection: { at: string; by: string } | null): Promise<void> {
  await db
    .updateTable('good_practice_submissions')
    .set({ selected_at: selection?.at ?? null, selected_by: selection?.by ?? null })
    .where('id', '=', id)
    .execute();
}

/** One month's submissions, sent by these bodies or sent to this department; by body, then as sent. */
export async function listSubmissions(db: Db, filter: { month: string; organizationIds?: readonly string[]; parentId?: string; ids?: readonly string[] }): Promise<GoodPracticeView[]> {
  let query = db
    .selectFrom('good_practice_submissions as s')
    .innerJoin('media_items as m', 'm.id', 's.item_id')
    .innerJoin('organizations as o', 'o.id', 's.organization_id')
    .selectAll('s')
    .select(['o.code as org_code', 'o.name as org_name', 'm.title as item_title', 'm.kind as item_kind', 'm.summary as item_summary', 'm.slug as item_slug', 'm.state as item_state', 'm.first_published_on as item_first_published_on'])
    .where('s.month', '=', filter.month);
  if (filter.organizationIds) {
    if (filter.organizationIds.length === 0) return [];
    query = query.where('s.organization_id', 'in', [...filter.organizationIds]);
  }
  if (filter.parentId) query = query.where('s.parent_id', '=', filter.parentId);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('s.id', 'in', [...filter.ids]);
  }
  return query.orderBy('o.path').orderBy('s.submitted_at').orderBy('s.id').execute();
}

export async function findSubmission(db: Db, id: string): Promise<GoodPracticeSubmissionRow | undefined> {
  return db.selectFrom('good_practice_submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The body's published good practices not yet sent that month: what it may still tick and send. */
export async function listCandidates(db: Db, bodyId: string, month: string) {
  return db
    .selectFrom('media_items as m')
    .select(['m.id', 'm.title', 'm.kind', 'm.summary', 'm.first_published_on'])
    .where('m.organization_id', '=', bodyId)
    .where('m.good_practice', '=', 1)
    .where('m.state', '=', 'published')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('good_practice_submissions as s').select('s.id').whereRef('s.item_id', '=', 'm.id').where('s.month', '=', month))))
    .orderBy('m.first_published_on', 'desc')
    .orderBy('m.id', 'desc')
    .limit(200)
    .execute();
}
