import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listApiKeys } from '../../db/repositories/api-keys';
import { apiKeySchema, createApiKeySchema, createdApiKeySchema, listApiKeysQuerySchema } from '../../shared/schemas/api-keys';
import { errorResponseSchema, idParamsSchema, pageSchema } from '../../shared/schemas/common';
import { loadAuthorizedOrganization } from '../commands/load-organization';
import { createApiKey, loadAuthorizedKey, revokeApiKey } from '../commands/manage-api-keys';
import { commandContext } from '../deps';
import { rootsFor } from '../policies';
import { presentApiKey } from '../presenters/api-key';
import { toPage } from '../presenters/page';

const tags = ['api-keys'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

/** Keys for other systems (issue 18), kept by the admins of the bodies they belong to. */
export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/api-keys',
    { schema: { tags, summary: 'Khóa API của các đơn vị tôi quản trị (mới nhất trước)', querystring: listApiKeysQuerySchema, response: { 200: pageSchema(apiKeySchema), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const q = request.query;
      if (q.organizationId) await loadAuthorizedOrganization(ctx.db, ctx.actor, q.organizationId, 'api_key.manage');
      const rows = await listApiKeys(ctx.db, { ...q, roots: rootsFor(ctx.actor, 'api_key.manage') });
      return toPage(rows, q.limit, (r) => presentApiKey(ctx.actor, r), (r) => r.id);
    },
  );

  app.post(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'Tạo khóa API cho một đơn vị; khóa đầy đủ chỉ trả về một lần',
        body: createApiKeySchema,
        response: { 201: createdApiKeySchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request);
      const { key, token } = await createApiKey(ctx, request.body);
      // The secret must not stay in any cache between here and the caller.
      reply.header('cache-control', 'no-store');
      return reply.status(201).send({ apiKey: presentApiKey(ctx.actor, key), token });
    },
  );

  app.get('/api/api-keys/:id', { schema: { tags, summary: 'Một khóa API (không có phần bí mật)', params: idParamsSchema, response: { 200: apiKeySchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return presentApiKey(ctx.actor, await loadAuthorizedKey(ctx, request.params.id));
  });

  app.post(
    '/api/api-keys/:id/revoke',
    { schema: { tags, summary: 'Thu hồi khóa API: yêu cầu tiếp theo dùng khóa bị từ chối', params: idParamsSchema, response: { 200: apiKeySchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      return presentApiKey(ctx.actor, await revokeApiKey(ctx, request.params.id));
    },
  );
};
