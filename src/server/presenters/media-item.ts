import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { listMediaFiles, type MediaFileRow } from '../../db/repositories/media-files';
import { listMediaLinks, listPublications, type MediaItemInContext } from '../../db/repositories/media-items';
import type { ChannelKind, MediaKind, MediaState } from '../../shared/media-vocabulary';
import type { ReformArea } from '../../shared/plan-vocabulary';
import type { MediaItemDto, MediaItemSummaryDto } from '../../shared/schemas/media';
import { mediaAbilities } from '../commands/media-access';

export const mediaFileUrl = (f: Pick<MediaFileRow, 'item_id' | 'id'>) => `/api/media-items/${f.item_id}/files/${f.id}`;

/** Where citizens read it, once it is out: /p/<body code>/tin-tuc/<slug>. */
export const publicUrlOf = (item: Pick<MediaItemInContext, 'state' | 'org_code' | 'slug'>) => (item.state === 'published' ? `/p/${item.org_code.toLowerCase()}/tin-tuc/${item.slug}` : null);

/** Items as the API shows them, with their tasks, publications and the caller's abilities, fetched for the whole page at once. */
export async function presentMediaSummaries(db: Db, actor: Actor, items: MediaItemInContext[]): Promise<MediaItemSummaryDto[]> {
  const ids = items.map((i) => i.id);
  const [links, publications] = await Promise.all([listMediaLinks(db, ids), listPublications(db, ids)]);
  return items.map((item) => ({
    id: item.id,
    organization: { id: item.organization_id, code: item.org_code, name: item.org_name },
    unit: item.unit_id ? { id: item.unit_id, name: item.unit_name ?? '' } : null,
    kind: item.kind as MediaKind,
    title: item.title,
    slug: item.slug,
    summary: item.summary,
    reformAreas: JSON.parse(item.reform_areas_json) as ReformArea[],
    state: item.state as MediaState,
    goodPractice: item.good_practice === 1,
    tasks: links.filter((l) => l.item_id === item.id).map((l) => ({ id: l.task_id, title: l.task_title, planId: l.plan_id, occurrenceId: l.occurrence_id })),
    publications: publications
      .filter((p) => p.item_id === item.id)
      .map((p) => ({ id: p.id, channel: p.channel as ChannelKind, channelName: p.channel_name, url: p.url, publishedOn: p.published_on, publishedAt: p.published_on, createdAt: p.created_at })),
    publicUrl: publicUrlOf(item),
    createdByName: item.created_by_name,
    createdBy: item.created_by_name,
    createdAt: item.created_at,
    updatedAt: item.updated_at,
    can: mediaAbilities(actor, item),
  }));
}

export async function presentMediaItem(db: Db, actor: Actor, item: MediaItemInContext): Promise<MediaItemDto> {
  const [[summary], files] = await Promise.all([presentMediaSummaries(db, actor, [item]), listMediaFiles(db, [item.id])]);
  return {
    ...summary!,
    bodyHtml: item.body_html,
    files: files.map((f) => ({ id: f.id, kind: f.kind as 'image' | 'attachment', name: f.name, mediaType: f.media_type, size: f.size, url: mediaFileUrl(f) })),
  };
}
