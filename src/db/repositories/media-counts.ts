import { countMedia, type MediaCounts, type MediaGrouping, type PublicationFact } from '../../domain/media/counts';
import type { Db } from '../database';

/**
 * The publications dated in a period of items that stand published now, with what the counts group by.
 * An item taken down (unpublished) no longer counts: a report says what the public can still read.
 */
export async function listPublicationFacts(db: Db, filter: { bodyIds: readonly string[]; from: string; to: string }): Promise<(PublicationFact & { unitId: string | null })[]> {
  if (filter.bodyIds.length === 0) return [];
  const rows = await db
    .selectFrom('media_publications as p')
    .innerJoin('media_items as m', 'm.id', 'p.item_id')
    .select(['p.item_id', 'p.channel', 'p.published_on', 'm.organization_id', 'm.unit_id', 'm.kind', 'm.reform_areas_json'])
    .where('m.organization_id', 'in', [...filter.bodyIds])
    .where('m.state', '=', 'published')
    .where('p.published_on', '>=', filter.from)
    .where('p.published_on', '<=', filter.to)
    .orderBy('p.published_on')
    .execute();
  return rows.map((r) => ({
    itemId: r.item_id,
    bodyId: r.organization_id,
    unitId: r.unit_id,
    kind: r.kind,
    reformAreas: JSON.parse(r.reform_areas_json) as string[],
    channel: r.channel,
    publishedOn: r.published_on,
  }));
}

/**
 * Communication counts of some bodies over a period, by channel and by kind (and area and month): what
 * the media statistics page shows and what a report compiles ("tin bài theo kênh và loại").
 */
export async function mediaCounts(db: Db, filter: { bodyIds: readonly string[]; from: string; to: string }): Promise<Record<Exclude<MediaGrouping, 'body'>, MediaCounts>> {
  const facts = await listPublicationFacts(db, filter);
  const period = { from: filter.from, to: filter.to };
  return {
    channel: countMedia(facts, 'channel', period),
    kind: countMedia(facts, 'kind', period),
    area: countMedia(facts, 'area', period),
    month: countMedia(facts, 'month', period),
  };
}
