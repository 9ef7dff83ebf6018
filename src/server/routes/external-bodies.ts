import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listExternalBodies, type ExternalBodyRow } from '../../db/repositories/external-bodies';
import { errorResponseSchema, idParamsSchema, checkOrganizationAlias, organizationAlias, organizationOf, pageSchema, paginationQuerySchema, queryFlag } from '../../shared/schemas/common';
import { createExternalBodySchema, externalBodySchema, updateExternalBodySchema } from '../../shared/schemas/organizations';
import { createExternalBody, loadReadableExternalBody, updateExternalBodyDetails } from '../commands/manage-external-body';
import { loadAuthorizedOrganization } from '../commands/load-organization';
import { commandContext } from '../deps';
import { toPage } from '../presenters/page';

const tags = ['organizations'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

export const presentExternalBody = (r: ExternalBodyRow) => ({ id: r.id, ownerId: r.owner_id, name: r.name, code: r.code, note: r.note, retiredAt: r.retired_at });

/** The registry of bodies outside the tree that plans assign work to (Sở TT&TT, newspapers…). */
export const externalBodyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/external-bodies',
    {
      schema: {
        tags,
        summary: 'Cơ quan bên ngoài của một đơn vị',
        // `organizationId`, or `ownerId` (its first name): the body whose registry it is.
        querystring: paginationQuerySchema.extend({ ...organizationAlias('ownerId'), q: z.string().max(200).optional(), includeRetired: queryFlag }).superRefine(checkOrganizationAlias('ownerId', true)),
        response: { 200: pageSchema(externalBodySchema), ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const owner = await loadAuthorizedOrganization(ctx.db, ctx.actor, organizationOf(request.query, 'ownerId')!, 'organization.read');
      const rows = await listExternalBodies(ctx.db, { ...request.query, ownerIds: [owner.body_id] });
      return toPage(rows, request.query.limit, presentExternalBody, (r) => r.id);
    },
  );

  app.post('/api/external-bodies', { schema: { tags, summary: 'Thêm cơ quan bên ngoài', body: createExternalBodySchema, response: { 201: externalBodySchema, ...errors } } }, async (request, reply) => {
    const row = await createExternalBody(commandContext(request), request.body);
    return reply.status(201).send(presentExternalBody(row));
  });

  app.get(
    '/api/external-bodies/:id',
    { schema: { tags, summary: 'Một cơ quan bên ngoài, như trong danh sách của đơn vị', params: idParamsSchema, response: { 200: externalBodySchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      return presentExternalBody(await loadReadableExternalBody(ctx.db, ctx.actor, request.params.id));
    },
  );

  app.patch(
    '/api/external-bodies/:id',
    { schema: { tags, summary: 'Sửa cơ quan bên ngoài', params: idParamsSchema, body: updateExternalBodySchema, response: { 200: externalBodySchema, ...errors } } },
    async (request) => presentExternalBody(await updateExternalBodyDetails(commandContext(request), request.params.id, request.body)),
  );
};
