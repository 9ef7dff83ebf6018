import type { z } from 'zod';
import { slugify } from '../../domain/media/slug';
import { canEditMedia, MEDIA_EDITING, type MediaCapacity } from '../../domain/media/workflow';
import type { Db } from '../../db/database';
import { freeSlug, insertMediaEvent, listMediaLinks, replaceMediaLinks, updateMediaItem, type MediaItemInContext } from '../../db/repositories/media-items';
import { nowIso } from '../../db/ids';
import { MEDIA_STATE_LABELS_VI, type MediaState } from '../../shared/media-vocabulary';
import type { updateMediaItemSchema } from '../../shared/schemas/media';
import type { Actor } from '../../domain/access/actor';
import { conflict, forbidden } from '../errors';
import { can } from '../policies';
import { loadReadableItem, mediaCapacities, placeOfItem } from './media-access';
import { cleanContent, resolveLinks, resolveUnit, searchTextOf } from './media-content';
import { inTransaction, type CommandContext } from './transaction';

export type UpdateMediaItemInput = z.infer<typeof updateMediaItemSchema>;

/**
 * Loads an item whose content the actor may change now: someone who never may is refused (403),
 * someone who may but not in this state is told why (409).
 */
export async function loadEditableItem(db: Db, actor: Actor, id: string): Promise<MediaItemInContext> {
  const item = await loadReadableItem(db, actor, id);
  const capacities = mediaCapacities(actor, item);
  const everEditable = capacities.some((c: MediaCapacity) => MEDIA_EDITING[c].length > 0);
  if (!can(actor, 'media.edit', placeOfItem(item)) || !everEditable) throw forbidden('Bạn không có quyền sửa tin bài này.');
  if (!canEditMedia(item.state as MediaState, capacities)) {
    throw conflict('MEDIA_NOT_EDITABLE', `Tin bài đang ở trạng thái "${MEDIA_STATE_LABELS_VI[item.state as MediaState]}", bạn không sửa được nữa.`);
  }
  return item;
}

/** Changes an item's content; a correction after publication is kept as an "edit" event like any other. */
export async function updateMediaItemContent(ctx: CommandContext, id: string, input: UpdateMediaItemInput): Promise<void> {
  const content = cleanContent(input);
  await inTransaction(ctx, async (tx) => {
    const item = await loadEditableItem(tx.db, ctx.actor, id);
    // Nothing asked for, nothing to record.
    if (Object.keys(input).length === 0) return;
    const title = content.title ?? item.title;
    const next = { title, summary: content.summary === undefined ? item.summary : content.summary, body_html: content.bodyHtml ?? item.body_html };
    const changes = {
      ...next,
      // The public address stays once it has been given out.
      slug: content.title !== undefined && !item.first_published_on && title !== item.title ? await freeSlug(tx.db, item.organization_id, slugify(title), item.id) : item.slug,
      search_folded: searchTextOf(next),
      kind: input.kind ?? item.kind,
      reform_areas_json: input.reformAreas ? JSON.stringify([...new Set(input.reformAreas)]) : item.reform_areas_json,
      good_practice: input.goodPractice === undefined ? item.good_practice : input.goodPractice ? 1 : 0,
      unit_id: input.unitId === undefined ? item.unit_id : await resolveUnit(tx.db, ctx.actor, item.organization_id, input.unitId),
      updated_at: nowIso(),
    };
    if (input.taskIds !== undefined || input.occurrenceIds !== undefined) {
      const current = await listMediaLinks(tx.db, [item.id]);
      const taskIds = input.taskIds ?? current.filter((l) => !l.occurrence_id).map((l) => l.task_id);
      const occurrenceIds = input.occurrenceIds ?? current.flatMap((l) => (l.occurrence_id ? [l.occurrence_id] : []));
      await replaceMediaLinks(tx.db, item.id, await resolveLinks(tx.db, item.organization_id, taskIds, occurrenceIds));
    }
    await updateMediaItem(tx.db, item.id, changes);
    await insertMediaEvent(tx.db, { item_id: item.id, at: changes.updated_at, actor_id: ctx.actor.userId, actor_name: ctx.audit.actor?.fullName ?? null, kind: 'edit', from_state: item.state, to_state: item.state, comment: null });
    await tx.audit({
      organization: { id: item.organization_id, path: item.org_path },
      action: 'media.edit',
      entityType: 'media_item',
      entityId: item.id,
      summary: `Sửa tin bài "${title}"`,
      before: { title: item.title, kind: item.kind, state: item.state },
      after: { title, kind: changes.kind, fields: Object.keys(input) },
    });
  });
}
