import { foldText } from '../../shared/fold';
import type { Db } from '../database';

/**
 * What citizens may read of the communication work (SPEC §2.6): published items only, read without
 * any sign-in. Every query here filters on `state = 'published'` itself, so an item taken down
 * disappears from every public page at once.
 */

export type PublicBody = { id: string; code: string; name: string; kind: string; path: string; updatedAt: string };

export type PublicItemSummary = {
  id: string;
  slug: string;
  kind: string;
  title: string;
  summary: string | null;
  firstPublishedOn: string | null;
  updatedAt: string;
  /** The body whose item it is: another one's for a department's selected good practices. */
  source: { id: string; code: string; name: string };
  coverFileId: string | null;
};

export type PublicItemWithBody = PublicItemSummary & { bodyHtml: string };

export type PublicItem = PublicItemWithBody & {
  reformAreas: string[];
  files: PublicFile[];
  publications: { channel: string; channelName: string | null; url: string | null; publishedOn: string }[];
};

export type PublicFile = { id: string; kind: string; name: string; mediaType: string; size: number };
export type PublicStoredFile = PublicFile & { storageKey: string; createdAt: string };

/** A body (not a department inside one) by its code; retired bodies have no page. */
export async function findPublicBody(db: Db, code: string): Promise<PublicBody | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select(['id', 'code', 'name', 'kind', 'path', 'updated_at'])
    .where('code_scope', '=', '*')
    // Codes are stored in capitals (BVSN, TTYT-LCCD), so the address may be typed in any case.
    .where('code', '=', code.toUpperCase())
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return row && { id: row.id, code: row.code, name: row.name, kind: row.kind, path: row.path, updatedAt: row.updated_at };
}

/** The folded words of a search; LIKE's wildcards are dropped so a "%" typed by a visitor stays harmless. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return foldText(q.replace(/[%_\\]/g, ' '))
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 10);
}

type Query = { q?: string; limit: number; offset: number };

/**
 * The body's own published items and, for a department of health, the good practices it selected
 * from its bodies (still published by them): one query, so paging and counting agree.
 */
function publishedOnPage(db: Db, bodyId: string, q: string | undefined) {
  let query = db
    .selectFrom('media_items as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .where('m.state', '=', 'published')
    .where((eb) =>
      eb.or([
        eb('m.organization_id', '=', bodyId),
        eb.exists(
          eb
            .selectFrom('good_practice_submissions as g')
            .select('g.id')
            .whereRef('g.item_id', '=', 'm.id')
            .where('g.parent_id', '=', bodyId)
            .where('g.selected_at', 'is not', null),
        ),
      ]),
    );
  for (const term of searchTerms(q)) query = query.where('m.search_folded', 'like', `%${term}%`);
  return query;
}

export async function countPublishedItems(db: Db, bodyId: string, q?: string): Promise<number> {
  const row = await publishedOnPage(db, bodyId, q).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Newest first by the day of first publication; `withBody` for the feed, which carries the full text. */
export async function listPublishedItems(db: Db, bodyId: string, query: Query & { withBody: true }): Promise<PublicItemWithBody[]>;
export async function listPublishedItems(db: Db, bodyId: string, query: Query & { withBody?: false }): Promise<PublicItemSummary[]>;
export async function listPublishedItems(db: Db, bodyId: string, query: Query & { withBody?: boolean }): Promise<PublicItemSummary[]> {
  const rows = await publishedOnPage(db, bodyId, query.q)
    .select(['m.id', 'm.slug', 'm.kind', 'm.title', 'm.summary', 'm.first_published_on', 'm.updated_at', 'm.cover_file_id', 'o.id as source_id', 'o.code as source_code', 'o.name as source_name'])
    // A list page leaves the texts behind: ten of them could weigh megabytes.
    .$if(!!query.withBody, (qb) => qb.select('m.body_html'))
    .orderBy('m.first_published_on', 'desc')
    .orderBy('m.id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const covers = await coverImages(db, rows);
  return rows.map((r) => ({ ...summaryOf(r, covers), ...(query.withBody ? { bodyHtml: r.body_html ?? '' } : {}) }));
}

type SummaryRow = { id: string; slug: string; kind: string; title: string; summary: string | null; first_published_on: string | null; updated_at: string; source_id: string; source_code: string; source_name: string };

const summaryOf = (r: SummaryRow, covers: Map<string, string>): PublicItemSummary => ({
  id: r.id,
  slug: r.slug,
  kind: r.kind,
  title: r.title,
  summary: r.summary,
  firstPublishedOn: r.first_published_on,
  updatedAt: r.updated_at,
  source: { id: r.source_id, code: r.source_code, name: r.source_name },
  coverFileId: covers.get(r.id) ?? null,
});

/** The chosen cover when it is one of the item's images, else its first image. */
async function coverImages(db: Db, items: { id: string; cover_file_id: string | null }[]): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const images = await db
    .selectFrom('media_files')
    .select(['id', 'item_id'])
    .where('item_id', 'in', items.map((i) => i.id))
    .where('kind', '=', 'image')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const covers = new Map<string, string>();
  for (const item of items) {
    const own = images.filter((f) => f.item_id === item.id);
    const chosen = own.find((f) => f.id === item.cover_file_id) ?? own[0];
    if (chosen) covers.set(item.id, chosen.id);
  }
  return covers;
}

/** One published item of the body with its files and where it went out. */
export async function findPublishedItem(db: Db, bodyId: string, slug: string): Promise<PublicItem | undefined> {
  const row = await db
    .selectFrom('media_items as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .selectAll('m')
    .select(['o.id as source_id', 'o.code as source_code', 'o.name as source_name'])
    .where('m.organization_id', '=', bodyId)
    .where('m.slug', '=', slug)
    .where('m.state', '=', 'published')
    .executeTakeFirst();
  if (!row) return undefined;
  const [files, publications, covers] = await Promise.all([
    db.selectFrom('media_files').select(['id', 'kind', 'name', 'media_type', 'size']).where('item_id', '=', row.id).orderBy('created_at').orderBy('id').execute(),
    db
      .selectFrom('media_publications as p')
      .leftJoin('media_channels as c', 'c.id', 'p.channel_id')
      .select(['p.channel', 'p.url', 'p.published_on', 'c.name as channel_name'])
      .where('p.item_id', '=', row.id)
      .orderBy('p.published_on')
      .orderBy('p.created_at')
      .execute(),
    coverImages(db, [row]),
  ]);
  return {
    ...summaryOf(row, covers),
    bodyHtml: row.body_html,
    reformAreas: parseAreas(row.reform_areas_json),
    files: files.map((f) => ({ id: f.id, kind: f.kind, name: f.name, mediaType: f.media_type, size: Number(f.size) })),
    publications: publications.map((p) => ({ channel: p.channel, channelName: p.channel_name, url: p.url, publishedOn: p.published_on })),
  };
}

function parseAreas(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

/** A file of one of the body's published items; nothing for drafts, withdrawn items or other bodies. */
export async function findPublicFile(db: Db, bodyId: string, fileId: string): Promise<PublicStoredFile | undefined> {
  const row = await db
    .selectFrom('media_files as f')
    .innerJoin('media_items as m', 'm.id', 'f.item_id')
    .select(['f.id', 'f.kind', 'f.name', 'f.media_type', 'f.size', 'f.storage_key', 'f.created_at'])
    .where('f.id', '=', fileId)
    .where('m.organization_id', '=', bodyId)
    .where('m.state', '=', 'published')
    .executeTakeFirst();
  return row && { id: row.id, kind: row.kind, name: row.name, mediaType: row.media_type, size: Number(row.size), storageKey: row.storage_key, createdAt: row.created_at };
}
