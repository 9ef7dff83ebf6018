import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOrganizations } from '../../db/repositories/organizations';
import { errorResponseSchema, idParamsSchema, pageSchema } from '../../shared/schemas/common';
import {
  createOrganizationSchema,
  listOrganizationsQuerySchema,
  moveOrganizationSchema,
  organizationSchema,
  updateOrganizationSchema,
} from '../../shared/schemas/organizations';
import { createOrganization } from '../commands/create-organization';
import { loadAuthorizedOrganization } from '../commands/load-organization';
import { moveOrganization } from '../commands/move-organization';
import { removeOrganization, restoreOrganization, retireOrganization } from '../commands/retire-organization';
import { updateOrganizationDetails } from '../commands/update-organization';
import { commandContext } from '../deps';
import { rootsFor } from '../policies';
import { presentOrganization } from '../presenters/organization';
import { toPage } from '../presenters/page';

const tags = ['organizations'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

/** The organisation tree (SPEC §2.1): read within reach; changed by the admins of the subtree. */
export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organizations',
    { config: { viewCache: true }, schema: { tags, summary: 'Danh sách tổ chức trong phạm vi người dùng', querystring: listOrganizationsQuerySchema, response: { 200: pageSchema(organizationSchema), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const q = request.query;
      const rows = await listOrganizations(ctx.db, { ...q, roots: rootsFor(ctx.actor, 'organization.read') });
      return toPage(rows, q.limit, (r) => presentOrganization(ctx.actor, r), (r) => r.path);
    },
  );

  app.get('/api/organizations/:id', { schema: { tags, summary: 'Một tổ chức', params: idParamsSchema, response: { 200: organizationSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return presentOrganization(ctx.actor, await loadAuthorizedOrganization(ctx.db, ctx.actor, request.params.id, 'organization.read'));
  });

  app.post('/api/organizations', { schema: { tags, summary: 'Thêm tổ chức', body: createOrganizationSchema, response: { 201: organizationSchema, ...errors } } }, async (request, reply) => {
    const ctx = commandContext(request);
    const row = await createOrganization(ctx, request.body);
    return reply.status(201).send(presentOrganization(ctx.actor, row));
  });

  app.patch(
    '/api/organizations/:id',
    { schema: { tags, summary: 'Sửa, đổi tên tổ chức', params: idParamsSchema, body: updateOrganizationSchema, response: { 200: organizationSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      return presentOrganization(ctx.actor, await updateOrganizationDetails(ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/api/organizations/:id/move',
    { schema: { tags, summary: 'Chuyển tổ chức sang cấp trên khác', params: idParamsSchema, body: moveOrganizationSchema, response: { 200: organizationSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      return presentOrganization(ctx.actor, await moveOrganization(ctx, request.params.id, request.body.parentId));
    },
  );

  app.post('/api/organizations/:id/retire', { schema: { tags, summary: 'Ngừng hoạt động', params: idParamsSchema, response: { 200: organizationSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return presentOrganization(ctx.actor, await retireOrganization(ctx, request.params.id));
  });

  app.post('/api/organizations/:id/restore', { schema: { tags, summary: 'Khôi phục hoạt động', params: idParamsSchema, response: { 200: organizationSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return presentOrganization(ctx.actor, await restoreOrganization(ctx, request.params.id));
  });

  app.delete('/api/organizations/:id', { schema: { tags, summary: 'Xóa tổ chức chưa được sử dụng', params: idParamsSchema, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await removeOrganization(commandContext(request), request.params.id);
    return reply.status(204).send(null);
  });
};
