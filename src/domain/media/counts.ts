import { CHANNEL_KINDS, CHANNEL_KIND_LABELS_VI, MEDIA_KINDS, MEDIA_KIND_LABELS_VI } from '../../shared/media-vocabulary';
import { REFORM_AREAS, REFORM_AREA_LABELS_VI } from '../../shared/plan-vocabulary';

/**
 * Counts of communication work (SPEC §2.6, issue 5 point 6). Two numbers, never mixed up:
 * - `published`: publications, one per item and channel ("đăng trên 3 kênh" is 3 publications);
 * - `items`: distinct published items ("một tin bài" is 1 item however many channels carried it).
 * Each row counts the publications dated in the period that fall in it, and the items having at least
 * one of those. By channel: that channel's publications. By kind, body: the item's. By reform area: an
 * item tagged with two areas counts in both (the total counts it once); untagged items go to "none".
 * By month: the month of each publication, so an item published in March and again in May is an item
 * of both months. The total counts every publication and every item once.
 */
export const MEDIA_GROUPINGS = ['channel', 'kind', 'area', 'body', 'month'] as const;
export type MediaGrouping = (typeof MEDIA_GROUPINGS)[number];

/** One publication dated in the period, with what is counted about its item. */
export type PublicationFact = { itemId: string; bodyId: string; kind: string; reformAreas: readonly string[]; channel: string; publishedOn: string };

export type CountRow = { key: string; label: string; published: number; items: number };
export type MediaCounts = { rows: CountRow[]; total: { published: number; items: number } };

export const NO_AREA = 'none';

function keysOf(fact: PublicationFact, groupBy: MediaGrouping): string[] {
  switch (groupBy) {
    case 'channel':
      return [fact.channel];
    case 'kind':
      return [fact.kind];
    case 'body':
      return [fact.bodyId];
    case 'month':
      return [fact.publishedOn.slice(0, 7)];
    case 'area':
      return fact.reformAreas.length > 0 ? [...new Set(fact.reformAreas)] : [NO_AREA];
  }
}

/** Every month from the first to the last, so a line chart shows the empty months too. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let key = from.slice(0, 7); key <= last && months.length < 240; ) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** The rows shown even when nothing was counted in them, in their usual order. */
function expectedKeys(groupBy: MediaGrouping, period: { from: string; to: string }, bodies: readonly { id: string }[]): string[] {
  switch (groupBy) {
    case 'channel':
      return [...CHANNEL_KINDS];
    case 'kind':
      return [...MEDIA_KINDS];
    case 'area':
      return [...REFORM_AREAS];
    case 'body':
      return bodies.map((b) => b.id);
    case 'month':
      return monthsBetween(period.from, period.to);
  }
}

function labelOf(groupBy: MediaGrouping, key: string, bodyNames: ReadonlyMap<string, string>): string {
  switch (groupBy) {
    case 'channel':
      return CHANNEL_KIND_LABELS_VI[key as keyof typeof CHANNEL_KIND_LABELS_VI] ?? key;
    case 'kind':
      return MEDIA_KIND_LABELS_VI[key as keyof typeof MEDIA_KIND_LABELS_VI] ?? key;
    case 'area':
      return key === NO_AREA ? 'Chưa gắn lĩnh vực' : (REFORM_AREA_LABELS_VI[key as keyof typeof REFORM_AREA_LABELS_VI] ?? key);
    case 'body':
      return bodyNames.get(key) ?? key;
    case 'month':
      return `Tháng ${key.slice(5, 7)}/${key.slice(0, 4)}`;
  }
}

export function countMedia(facts: readonly PublicationFact[], groupBy: MediaGrouping, period: { from: string; to: string }, bodies: readonly { id: string; name: string }[] = []): MediaCounts {
  const groups = new Map<string, { published: number; items: Set<string> }>();
  for (const key of expectedKeys(groupBy, period, bodies)) groups.set(key, { published: 0, items: new Set() });
  const allItems = new Set<string>();
  for (const fact of facts) {
    allItems.add(fact.itemId);
    for (const key of keysOf(fact, groupBy)) {
      const group = groups.get(key) ?? groups.set(key, { published: 0, items: new Set() }).get(key)!;
      group.published += 1;
      group.items.add(fact.itemId);
    }
  }
  const bodyNames = new Map(bodies.map((b) => [b.id, b.name]));
  return {
    rows: [...groups].map(([key, g]) => ({ key, label: labelOf(groupBy, key, bodyNames), published: g.published, items: g.items.size })),
    total: { published: facts.length, items: allItems.size },
  };
}
