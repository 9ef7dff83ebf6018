import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findMediaItemsByIds, findPublicationItemId, listItemIdsLinkedToOccurrence, listMediaEvents, listMediaItems } from '../../db/repositories/media-items';
import { findOccurrenceInContext } from '../../db/repositories/occurrences';
import { errorResponseSchema, idParamsSchema, pageSchema } from '../../shared/schemas/common';
import {
  createMediaItemSchema,
  listMediaItemsQuerySchema,
  mediaEventSchema,
  mediaItemSchema,
  mediaItemSummarySchema,
  mediaTransitionSchema,
  publicationSchema,
  updateMediaItemSchema,
} from '../../shared/schemas/media';
import { createMediaItem } from '../commands/create-media-item';
import { loadReadableItem, placeOfItem } from '../commands/media-access';
import { transitionMediaItem } from '../commands/transition-media-item';
import type { CommandContext } from '../commands/transaction';
import { updateMediaItemContent } from '../commands/update-media-item';
import { occurrenceNotFound } from '../commands/update-occurrence';
import { commandContext } from '../deps';
import { AppError, notFound } from '../errors';
import { can, rootsFor } from '../policies';
import { presentMediaItem, presentMediaSummaries } from '../presenters/media-item';

const tags = ['media'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

const publicationNotFound = () => notFound('PUBLICATION_NOT_FOUND', 'Không tìm thấy lần đăng tin bài này.');

async function presentOne(ctx: CommandContext, id: string) {
  return presentMediaItem(ctx.db, ctx.actor, await loadReadableItem(ctx.db, ctx.actor, id));
}

/** News items and other communication products (SPEC §2.6) through their editorial workflow. */
export const mediaItemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/media-items', { schema: { tags, summary: 'Đề xuất tin bài (trạng thái "Đang soạn")', body: createMediaItemSchema, response: { 201: mediaItemSchema, ...errors } } }, async (request, reply) => {
    const ctx = commandContext(request);
    const id = await createMediaItem(ctx, request.body);
    return reply.status(201).send(await presentOne(ctx, id));
  });

  app.get(
    '/api/media-items',
    { schema: { tags, summary: 'Tin bài của các đơn vị trong phạm vi được xem, mới nhất trước', querystring: listMediaItemsQuerySchema, response: { 200: pageSchema(mediaItemSummarySchema), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const q = request.query;
      const rows = await listMediaItems(ctx.db, { ...q, goodPractice: q.goodPractice === undefined ? undefined : q.goodPractice === '1', roots: rootsFor(ctx.actor, 'media.read') });
      const hasMore = rows.length > q.limit;
      const page = hasMore ? rows.slice(0, q.limit) : rows;
      return { items: await presentMediaSummaries(ctx.db, ctx.actor, page), nextCursor: hasMore ? page[page.length - 1]!.id : null };
    },
  );

  app.get('/api/media-items/:id', { schema: { tags, summary: 'Một tin bài', params: idParamsSchema, response: { 200: mediaItemSchema, ...errors } } }, async (request) =>
    presentOne(commandContext(request), request.params.id),
  );

  app.get('/api/publications/:id', { schema: { tags, summary: 'Một lần đăng của tin bài (kênh, đường liên kết, ngày đăng), như trong tin bài', params: idParamsSchema, response: { 200: publicationSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const itemId = await findPublicationItemId(ctx.db, request.params.id);
    // Read through its item, so whoever may not read the item is told the publication does not exist.
    const item = itemId ? await presentOne(ctx, itemId).catch((error: unknown) => (error instanceof AppError && error.statusCode === 404 ? null : Promise.reject(error))) : null;
    const publication = item?.publications.find((p) => p.id === request.params.id);
    if (!item || !publication) throw publicationNotFound();
    return { ...publication, mediaItemId: item.id };
  });

  app.patch(
    '/api/media-items/:id',
    { schema: { tags, summary: 'Sửa nội dung tin bài', params: idParamsSchema, body: updateMediaItemSchema, response: { 200: mediaItemSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      await updateMediaItemContent(ctx, request.params.id, request.body);
      return presentOne(ctx, request.params.id);
    },
  );

  app.post(
    '/api/media-items/:id/transition',
    {
      schema: {
        tags,
        summary: 'Chuyển trạng thái: gửi biên tập, duyệt, trả lại (kèm lý do), đăng (kèm kênh, đường liên kết, ngày đăng), gỡ',
        params: idParamsSchema,
        body: mediaTransitionSchema,
        response: { 200: mediaItemSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      await transitionMediaItem(ctx, request.params.id, request.body);
      return presentOne(ctx, request.params.id);
    },
  );

  app.get(
    '/api/media-items/:id/history',
    { schema: { tags, summary: 'Lịch sử đề xuất, biên tập, duyệt, đăng: ai, khi nào', params: idParamsSchema, response: { 200: z.object({ items: z.array(mediaEventSchema) }), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const item = await loadReadableItem(ctx.db, ctx.actor, request.params.id);
      const events = await listMediaEvents(ctx.db, item.id);
      return { items: events.map((e) => ({ at: e.at, actor: e.actor_name, kind: e.kind, from: e.from_state, to: e.to_state, comment: e.comment })) };
    },
  );

  app.get(
    '/api/occurrences/:id/media-items',
    { schema: { tags: ['occurrences'], summary: 'Tin bài là sản phẩm của một kỳ thực hiện (tài liệu kiểm chứng)', params: idParamsSchema, response: { 200: z.object({ items: z.array(mediaItemSummarySchema) }), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const o = await findOccurrenceInContext(ctx.db, request.params.id);
      if (!o || !can(ctx.actor, 'plan.read', { id: o.organization_id, path: o.org_path, bodyId: o.org_body_id })) throw occurrenceNotFound();
      const items = (await findMediaItemsByIds(ctx.db, await listItemIdsLinkedToOccurrence(ctx.db, o.id))).filter((i) => can(ctx.actor, 'media.read', placeOfItem(i)));
      return { items: await presentMediaSummaries(ctx.db, ctx.actor, items) };
    },
  );
};
