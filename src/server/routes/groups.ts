import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listGroups, resolveGroupMembers } from '../../db/repositories/groups';
import { errorResponseSchema, idSchema, pageSchema } from '../../shared/schemas/common';
import { createGroupSchema, groupSchema, type GroupDto } from '../../shared/schemas/organizations';
import type { GroupKind } from '../../shared/organization-kinds';
import { createCustomGroup } from '../commands/create-group';
import { loadAuthorizedOrganization } from '../commands/load-organization';
import { commandContext } from '../deps';
import { z } from 'zod';
import type { Db } from '../../db/database';
import type { GroupRow } from '../../db/repositories/groups';

const tags = ['organizations'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

async function presentGroup(db: Db, g: GroupRow): Promise<GroupDto> {
  return { id: g.id, ownerId: g.owner_id, name: g.name, kind: g.kind as GroupKind, memberIds: g.memberIds, members: await resolveGroupMembers(db, g) };
}

/** Assignee groups of a body: its standing groups and the custom ones it made. */
export const groupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/groups',
    { schema: { tags, summary: 'Nhóm đơn vị, khoa phòng', querystring: z.strictObject({ ownerId: idSchema }), response: { 200: pageSchema(groupSchema), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const owner = await loadAuthorizedOrganization(ctx.db, ctx.actor, request.query.ownerId, 'organization.read');
      const groups = await listGroups(ctx.db, [owner.body_id]);
      return { items: await Promise.all(groups.map((g) => presentGroup(ctx.db, g))), nextCursor: null };
    },
  );

  app.post('/api/groups', { schema: { tags, summary: 'Tạo nhóm tự chọn', body: createGroupSchema, response: { 201: groupSchema, ...errors } } }, async (request, reply) => {
    const ctx = commandContext(request);
    const group = await createCustomGroup(ctx, request.body);
    return reply.status(201).send(await presentGroup(ctx.db, group));
  });
};
