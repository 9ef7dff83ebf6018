import type { Selectable } from 'kysely';
import { slugCandidate } from '../../domain/media/slug';
import { foldText } from '../../shared/fold';
import type { Db } from '../database';
import { newId } from '../ids';
import type { MediaItemEventsTable, MediaItemsTable, MediaPublicationsTable } from '../schema';

export type MediaItemRow = Selectable<MediaItemsTable>;
export type MediaEventRow = Selectable<MediaItemEventsTable>;
export type MediaPublicationRow = Selectable<MediaPublicationsTable>;

/** An item with what access and display need: its body (code for the public address) and its department. */
function itemQuery(db: Db) {
  return db
    .selectFrom('media_items as m')
    .innerJoin('organizations as org', 'org.id', 'm.organization_id')
    .leftJoin('organizations as unit', 'unit.id', 'm.unit_id')
    .selectAll('m')
    .select(['org.code as org_code', 'org.name as org_name', 'org.path as org_path', 'org.body_id as org_body_id', 'unit.name as unit_name']);
}

export type MediaItemInContext = NonNullable<Awaited<ReturnType<typeof findMediaItem>>>;

export async function findMediaItem(db: Db, id: string) {
  return itemQuery(db).where('m.id', '=', id).executeTakeFirst();
}

export type MediaItemFilter = {
  /** Items of bodies inside these roots (the reader's reach). */
  roots: string[];
  state?: string;
  kind?: string;
  q?: string;
  organizationId?: string;
  goodPractice?: boolean;
  limit: number;
  cursor?: string;
};

/** Newest first by id (UUID v7 orders by creation), like the other lists; filtered by reach inside the query. */
export async function listMediaItems(db: Db, f: MediaItemFilter): Promise<MediaItemInContext[]> {
  if (f.roots.length === 0) return [];
  let query = itemQuery(db).where((eb) => eb.or(f.roots.map((root) => eb('org.path', 'like', `${root}%`))));
  if (f.state) query = query.where('m.state', '=', f.state);
  if (f.kind) query = query.where('m.kind', '=', f.kind);
  if (f.organizationId) query = query.where('m.organization_id', '=', f.organizationId);
  if (f.goodPractice !== undefined) query = query.where('m.good_practice', '=', f.goodPractice ? 1 : 0);
  if (f.q) query = query.where('m.search_folded', 'like', `%${foldText(f.q)}%`);
  if (f.cursor) query = query.where('m.id', '<', f.cursor);
  return query.orderBy('m.id', 'desc').limit(f.limit + 1).execute();
}

export async function insertMediaItem(db: Db, row: MediaItemRow): Promise<void> {
  await db.insertInto('media_items').values(row).execute();
}

export async function updateMediaItem(db: Db, id: string, changes: Partial<Omit<MediaItemRow, 'id' | 'organization_id' | 'created_at' | 'created_by'>>): Promise<void> {
  await db.updateTable('media_items').set(changes).where('id', '=', id).execute();
}

/** The first of "x", "x-2", "x-3"… not yet used in the body (the item itself may keep its own). */
export async function freeSlug(db: Db, organizationId: string, base: string, itemId?: string): Promise<string> {
  const taken = new Set(
    (
      await db
        .selectFrom('media_items')
        .select('slug')
        .where('organization_id', '=', organizationId)
        .where('slug', 'like', `${base.slice(0, 60)}%`)
        .where('id', '!=', itemId ?? '')
        .execute()
    ).map((r) => r.slug),
  );
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n);
    if (!taken.has(candidate)) return candidate;
  }
}

export async function insertMediaEvent(db: Db, e: Omit<MediaEventRow, 'id'>): Promise<void> {
  await db.insertInto('media_item_events').values({ id: newId(), ...e }).execute();
}

export async function listMediaEvents(db: Db, itemId: string): Promise<MediaEventRow[]> {
  return db.selectFrom('media_item_events').selectAll().where('item_id', '=', itemId).orderBy('at').orderBy('id').execute();
}

export async function insertPublication(db: Db, row: MediaPublicationRow): Promise<void> {
  await db.insertInto('media_publications').values(row).execute();
}

export type PublicationView = MediaPublicationRow & { channel_name: string | null };

/** Which item a publication belongs to. */
export async function findPublicationItemId(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('media_publications').select('item_id').where('id', '=', id).executeTakeFirst())?.item_id;
}

export async function listPublications(db: Db, itemIds: readonly string[]): Promise<PublicationView[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('media_publications as mp')
    .leftJoin('media_channels as ch', 'ch.id', 'mp.channel_id')
    .selectAll('mp')
    .select('ch.name as channel_name')
    .where('mp.item_id', 'in', [...itemIds])
    .orderBy('mp.published_on')
    .orderBy('mp.id')
    .execute();
}

export type MediaLink = { task_id: string; occurrence_id: string | null };

export async function replaceMediaLinks(db: Db, itemId: string, links: readonly MediaLink[]): Promise<void> {
  await db.deleteFrom('media_item_links').where('item_id', '=', itemId).execute();
  if (links.length > 0) await db.insertInto('media_item_links').values(links.map((l) => ({ item_id: itemId, ...l }))).execute();
}

export async function listMediaLinks(db: Db, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('media_item_links as l')
    .innerJoin('tasks as t', 't.id', 'l.task_id')
    .select(['l.item_id', 'l.task_id', 'l.occurrence_id', 't.title as task_title', 't.plan_id'])
    .where('l.item_id', 'in', [...itemIds])
    .orderBy('t.plan_id')
    .orderBy('t.position')
    .execute();
}

/** The items fulfilling an occurrence (its evidence), newest first. */
export async function listItemIdsLinkedToOccurrence(db: Db, occurrenceId: string): Promise<string[]> {
  const rows = await db.selectFrom('media_item_links').select('item_id').distinct().where('occurrence_id', '=', occurrenceId).orderBy('item_id', 'desc').execute();
  return rows.map((r) => r.item_id);
}

/** The items linked to a task, to any of its periods or to the task as a whole, newest first. */
export async function listItemIdsLinkedToTask(db: Db, taskId: string): Promise<string[]> {
  const rows = await db.selectFrom('media_item_links').select('item_id').distinct().where('task_id', '=', taskId).orderBy('item_id', 'desc').execute();
  return rows.map((r) => r.item_id);
}

export async function findMediaItemsByIds(db: Db, ids: readonly string[]): Promise<MediaItemInContext[]> {
  if (ids.length === 0) return [];
  return itemQuery(db).where('m.id', 'in', [...ids]).orderBy('m.id', 'desc').execute();
}

/** Tasks as a link needs them: whose plan, in which state, and which bodies carry them out. */
export async function tasksForLinking(db: Db, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  const tasks = await db.selectFrom('tasks as t').innerJoin('plans as p', 'p.id', 't.plan_id').select(['t.id', 'p.organization_id as plan_body_id', 'p.state as plan_state']).where('t.id', 'in', [...taskIds]).execute();
  const carriers = await db
    .selectFrom('occurrences as oc')
    .innerJoin('organizations as o', 'o.id', 'oc.organization_id')
    .select(['oc.task_id', 'o.body_id'])
    .distinct()
    .where('oc.task_id', 'in', [...taskIds])
    .execute();
  return tasks.map((t) => ({ ...t, carrier_body_ids: carriers.filter((c) => c.task_id === t.id).map((c) => c.body_id) }));
}

export async function occurrencesForLinking(db: Db, occurrenceIds: readonly string[]) {
  if (occurrenceIds.length === 0) return [];
  return db
    .selectFrom('occurrences as oc')
    .innerJoin('plans as p', 'p.id', 'oc.plan_id')
    .innerJoin('organizations as o', 'o.id', 'oc.organization_id')
    .select(['oc.id', 'oc.task_id', 'p.organization_id as plan_body_id', 'p.state as plan_state', 'o.body_id as carrier_body_id'])
    .where('oc.id', 'in', [...occurrenceIds])
    .execute();
}
