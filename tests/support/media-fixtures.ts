import type { Db } from '../../src/db/database';
import { newId, nowIso } from '../../src/db/ids';
import { slugify } from '../../src/domain/media/slug';
import { richTextWords } from '../../src/server/html/sanitize-rich-text';
import { foldText } from '../../src/shared/fold';
import type { ChannelKind, MediaKind, MediaState } from '../../src/shared/media-vocabulary';
import type { ReformArea } from '../../src/shared/plan-vocabulary';

/**
 * News items written straight into the tables, with the publication days a test needs: building a
 * dozen dated items through the workflow API would take four calls each. The API path itself is
 * covered by the media-items tests. With publications the item is published (first day = earliest),
 * without it is a draft unless `state` says otherwise. Answers the item's id.
 */
export type ItemFixture = {
  bodyCode: string;
  title: string;
  summary?: string | null;
  bodyHtml?: string;
  kind?: MediaKind;
  goodPractice?: boolean;
  reformAreas?: ReformArea[];
  state?: MediaState;
  publications?: [ChannelKind, string, string?][];
};

export async function insertItem(db: Db, f: ItemFixture): Promise<string> {
  const body = await db.selectFrom('organizations').select('id').where('code', '=', f.bodyCode).where('code_scope', '=', '*').executeTakeFirstOrThrow();
  const id = newId();
  const now = nowIso();
  const publications = f.publications ?? [];
  const bodyHtml = f.bodyHtml ?? '';
  await db
    .insertInto('media_items')
    .values({
      id,
      organization_id: body.id,
      unit_id: null,
      kind: f.kind ?? 'news',
      title: f.title,
      // The id's tail keeps slugs unique when a test reuses a title.
      slug: `${slugify(f.title)}-${id.slice(-6)}`,
      summary: f.summary ?? null,
      body_html: bodyHtml,
      search_folded: foldText([f.title, f.summary ?? '', richTextWords(bodyHtml)].join(' ')),
      reform_areas_json: JSON.stringify(f.reformAreas ?? []),
      state: f.state ?? (publications.length > 0 ? 'published' : 'draft'),
      good_practice: f.goodPractice ? 1 : 0,
      cover_file_id: null,
      first_published_on: publications.map((p) => p[1]).sort()[0] ?? null,
      created_by: null,
      created_by_name: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const [channel, publishedOn, url] of publications) {
    await db.insertInto('media_publications').values({ id: newId(), item_id: id, channel, channel_id: null, url: url ?? null, published_on: publishedOn, created_by: null, created_at: now }).execute();
  }
  return id;
}
