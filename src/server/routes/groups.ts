import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listGroups, resolveGroupMembers } from '../../db/repositories/groups';
import { errorResponseSchema, checkOrganizationAlias, organizationAlias, organizationOf, pageSchema, paginationQuerySchema } from '../../shared/schemas/common';
import { toPage } from '../presenters/page';
import { createGroupSchema, groupSchema, type GroupDto } from '../../shared/schemas/organizations';
import type { GroupKind } from '../../shared/organization-kinds';
import { createCustomGroup } from '../commands/create-group';
import { loadAuthorizedOrganization } from '../commands/load-organization';
import { commandContext } from '../deps';
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
    {
      schema: {
        tags,
        summary: 'Nhóm đơn vị, khoa phòng của một đơn vị, theo thứ tự tạo',
        // `organizationId`, or `ownerId` (its first name): the body whose groups they are.
        querystring: paginationQuerySchema.extend(organizationAlias('ownerId')).superRefine(checkOrganizationAlias('ownerId', true)),
        response: { 200: pageSchema(groupSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { limit, cursor } = request.query;
      const owner = await loadAuthorizedOrganization(ctx.db, ctx.actor, organizationOf(request.query, 'ownerId')!, 'organization.read');
      // A body has a few standing groups and the ones it made: paged here, like every list, after reading them all,
      // by id (time-ordered, so as created) as the lists paged in SQL are; a cursor whose group is gone still works.
      const groups = (await listGroups(ctx.db, [owner.body_id])).sort((a, b) => (a.id < b.id ? -1 : 1)).filter((g) => !cursor || g.id > cursor);
      const page = toPage(groups, limit, (g) => g, (g) => g.id);
      return { items: await Promise.all(page.items.map((g) => presentGroup(ctx.db, g))), nextCursor: page.nextCursor };
    },
  );

  app.post('/api/groups', { schema: { tags, summary: 'Tạo nhóm tự chọn', body: createGroupSchema, response: { 201: groupSchema, ...errors } } }, async (request, reply) => {
    const ctx = commandContext(request);
    const group = await createCustomGroup(ctx, request.body);
    return reply.status(201).send(await presentGroup(ctx.db, group));
  });
};
