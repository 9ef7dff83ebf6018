import { slugify } from '../../domain/media/slug';
import { freeSlug, insertMediaEvent, insertMediaItem, replaceMediaLinks, type MediaItemRow } from '../../db/repositories/media-items';
import { newId, nowIso } from '../../db/ids';
import type { createMediaItemSchema } from '../../shared/schemas/media';
import type { z } from 'zod';
import { forbidden } from '../errors';
import { can } from '../policies';
import { loadAuthorizedBody, placed } from './load-organization';
import { cleanContent, resolveLinks, resolveUnit, searchTextOf } from './media-content';
import { inTransaction, type CommandContext } from './transaction';

export type CreateMediaItemInput = z.infer<typeof createMediaItemSchema>;

/** A reporter's department, or the body where the caller may propose: where a new item belongs by default. */
function defaultBodyId(ctx: CommandContext): string | undefined {
  return (ctx.actor.grants.find((g) => g.role !== 'admin' && g.role !== 'viewer') ?? ctx.actor.grants[0])?.bodyId;
}

/** Proposes a news item: it starts as a draft of the body, with its event and audit entry. */
export async function createMediaItem(ctx: CommandContext, input: CreateMediaItemInput): Promise<string> {
  const content = cleanContent(input);
  return inTransaction(ctx, async (tx) => {
    const bodyId = input.organizationId ?? defaultBodyId(ctx);
    if (!bodyId) throw forbidden('Tài khoản chưa thuộc đơn vị nào.');
    const body = await loadAuthorizedBody(tx.db, ctx.actor, bodyId, 'media.read');
    if (!can(ctx.actor, 'media.propose', placed(body))) throw forbidden('Bạn không có quyền đề xuất tin bài của đơn vị này.');
    const now = nowIso();
    const row: MediaItemRow = {
      id: newId(),
      organization_id: body.id,
      unit_id: await resolveUnit(tx.db, ctx.actor, body.id, input.unitId),
      kind: input.kind,
      title: content.title!,
      slug: await freeSlug(tx.db, body.id, slugify(content.title!)),
      summary: content.summary ?? null,
      body_html: content.bodyHtml ?? '',
      search_folded: '',
      reform_areas_json: JSON.stringify([...new Set(input.reformAreas)]),
      state: 'draft',
      good_practice: input.goodPractice ? 1 : 0,
      cover_file_id: null,
      first_published_on: null,
      created_by: ctx.actor.userId,
      created_by_name: ctx.audit.actor?.fullName ?? null,
      created_at: now,
      updated_at: now,
    };
    row.search_folded = searchTextOf(row);
    const links = await resolveLinks(tx.db, body.id, input.taskIds, input.occurrenceIds);
    await insertMediaItem(tx.db, row);
    await replaceMediaLinks(tx.db, row.id, links);
    await insertMediaEvent(tx.db, { item_id: row.id, at: now, actor_id: ctx.actor.userId, actor_name: ctx.audit.actor?.fullName ?? null, kind: 'create', from_state: null, to_state: 'draft', comment: null });
    await tx.audit({ organization: { id: body.id, path: body.path }, action: 'media.create', entityType: 'media_item', entityId: row.id, summary: `Đề xuất tin bài "${row.title}"`, after: { kind: row.kind, title: row.title, unitId: row.unit_id, links: links.length } });
    return row.id;
  });
}
