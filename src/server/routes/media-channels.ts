import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listChannels, type MediaChannelRow } from '../../db/repositories/media-channels';
import type { ChannelKind } from '../../shared/media-vocabulary';
import { errorResponseSchema, idParamsSchema, idSchema } from '../../shared/schemas/common';
import { channelSchema, saveChannelSchema, type ChannelDto } from '../../shared/schemas/media';
import { changeChannel, createChannel, loadReadableChannel } from '../commands/save-channel';
import { readingBody } from '../commands/reading-body';
import { commandContext } from '../deps';

const tags = ['media'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

const present = (c: MediaChannelRow): ChannelDto => ({ id: c.id, kind: c.kind as ChannelKind, name: c.name, url: c.url, retired: c.retired_at !== null });

/** The channels a body publishes on (SPEC §2.6): website, fanpage, Zalo group, screens, bulletin, radio, meetings. */
export const mediaChannelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/media-channels',
    { schema: { tags, summary: 'Kênh truyền thông của đơn vị (mặc định: đơn vị của người dùng)', querystring: z.strictObject({ organizationId: idSchema.optional() }), response: { 200: z.object({ items: z.array(channelSchema) }), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const body = await readingBody(ctx.db, ctx.actor, request.query.organizationId);
      return { items: (await listChannels(ctx.db, body.id)).map(present) };
    },
  );

  app.post(
    '/api/media-channels',
    { schema: { tags, summary: 'Thêm kênh truyền thông cho một đơn vị mình quản lý', body: saveChannelSchema.extend({ organizationId: idSchema.optional() }), response: { 201: channelSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const { organizationId, ...input } = request.body;
      const bodyId = organizationId ?? ctx.actor.grants.find((g) => g.role !== 'reporter')?.bodyId ?? ctx.actor.grants[0]?.bodyId ?? '';
      return reply.status(201).send(present(await createChannel(ctx, bodyId, input)));
    },
  );

  app.get('/api/media-channels/:id', { schema: { tags, summary: 'Một kênh truyền thông, như trong danh sách kênh của đơn vị', params: idParamsSchema, response: { 200: channelSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return present(await loadReadableChannel(ctx.db, ctx.actor, request.params.id));
  });

  app.patch(
    '/api/media-channels/:id',
    { schema: { tags, summary: 'Sửa, ngừng dùng kênh truyền thông', params: idParamsSchema, body: saveChannelSchema.partial(), response: { 200: channelSchema, ...errors } } },
    async (request) => present(await changeChannel(commandContext(request), request.params.id, request.body)),
  );
};
