import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar';
import { findOccurrenceInContext, listOccurrenceEvents, listOccurrences } from '../../db/repositories/occurrences';
import { errorResponseSchema, idParamsSchema, pageSchema } from '../../shared/schemas/common';
import {
  listOccurrencesQuerySchema,
  occurrenceEventSchema,
  occurrenceSchema,
  reviewOccurrenceSchema,
  commentOccurrenceSchema,
  updateOccurrenceSchema,
} from '../../shared/schemas/occurrences';
import { coordinatingOrganizations, coordinatorResolver, myOrganizations } from '../commands/occurrence-access';
import type { CommandContext } from '../commands/transaction';
import { occurrenceNotFound, reviewOccurrence, updateOccurrenceWork } from '../commands/update-occurrence';
import { occurrenceListTable } from '../commands/occurrence-list-table';
import { commentOnOccurrence } from '../commands/comment-on-occurrence';
import { commandContext } from '../deps';
import { sendXlsx } from '../http/send-document';
import { can, rootsFor } from '../policies';
import { presentOccurrence, presentOccurrenceEvent } from '../presenters/occurrence';
import { keptPage } from '../presenters/page';

const tags = ['occurrences'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

async function presentOne(ctx: CommandContext, id: string) {
  const o = await findOccurrenceInContext(ctx.db, id);
  if (!o) throw occurrenceNotFound();
  return presentOccurrence(ctx.actor, o, await coordinatingOrganizations(ctx.db, o), todayInVietnam(new Date()));
}

/** The work itself (SPEC §2.5): each period of each task for each responsible unit. */
export const occurrenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/occurrences', { config: { viewCache: true }, schema: { tags, summary: 'Các kỳ thực hiện nhiệm vụ', querystring: listOccurrencesQuerySchema, response: { 200: pageSchema(occurrenceSchema), ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const q = request.query;
    const today = todayInVietnam(new Date());
    const filter = {
      ...q,
      roots: rootsFor(ctx.actor, 'plan.read'),
      organizationIds: q.mine ? myOrganizations(ctx.actor) : undefined,
      // Late work is open and due before today; which of it is late is the lateness rule's call below.
      open: q.open || q.late,
      dueBefore: q.late ? today : undefined,
    };
    const coordinating = coordinatorResolver(ctx.db);
    return keptPage(
      (cursor) => listOccurrences(ctx.db, { ...filter, cursor }),
      q.limit,
      q.cursor,
      async (o) => {
        const item = presentOccurrence(ctx.actor, o, await coordinating(o), today);
        // "Late" is the standing every count uses: open past its due date, not work once done late.
        return !q.late || item.standing === 'late' ? item : undefined;
      },
      (o) => o.id,
    );
  });

  app.get(
    '/api/occurrences/export.xlsx',
    { schema: { tags, summary: 'Danh sách kỳ thực hiện, lọc như trên màn hình (XLSX)', querystring: listOccurrencesQuerySchema.omit({ cursor: true, limit: true }) } },
    async (request, reply) => {
      const { bytes, fileName } = await occurrenceListTable(commandContext(request), { ...request.query, limit: 0 });
      return sendXlsx(reply, bytes, fileName);
    },
  );

  app.get(
    '/api/occurrences/:id',
    { schema: { tags, summary: 'Một kỳ thực hiện, với cùng các quyền (can) như trong danh sách', params: idParamsSchema, response: { 200: occurrenceSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const o = await findOccurrenceInContext(ctx.db, request.params.id);
      // Whoever may read the plans of the period's unit, as for its history; anyone else is told it does not exist.
      if (!o || !can(ctx.actor, 'plan.read', { id: o.organization_id, path: o.org_path, bodyId: o.org_body_id })) throw occurrenceNotFound();
      return presentOccurrence(ctx.actor, o, await coordinatingOrganizations(ctx.db, o), todayInVietnam(new Date()));
    },
  );

  app.patch(
    '/api/occurrences/:id',
    { schema: { tags, summary: 'Cập nhật kết quả thực hiện', params: idParamsSchema, body: updateOccurrenceSchema, response: { 200: occurrenceSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      await updateOccurrenceWork(ctx, request.params.id, request.body);
      return presentOne(ctx, request.params.id);
    },
  );

  app.post(
    '/api/occurrences/:id/review',
    { schema: { tags, summary: 'Duyệt hoặc trả lại kết quả', params: idParamsSchema, body: reviewOccurrenceSchema, response: { 200: occurrenceSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      await reviewOccurrence(ctx, request.params.id, request.body.decision, request.body.comment);
      return presentOne(ctx, request.params.id);
    },
  );

  app.post(
    '/api/occurrences/:id/comments',
    { schema: { tags, summary: 'Gửi ý kiến về kỳ thực hiện (khoa, phòng thực hiện và người duyệt)', params: idParamsSchema, body: commentOccurrenceSchema, response: { 201: occurrenceSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      await commentOnOccurrence(ctx, request.params.id, request.body.text);
      return reply.status(201).send(await presentOne(ctx, request.params.id));
    },
  );

  app.get(
    '/api/occurrences/:id/history',
    { schema: { tags, summary: 'Lịch sử cập nhật, duyệt', params: idParamsSchema, response: { 200: z.object({ items: z.array(occurrenceEventSchema) }), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const o = await findOccurrenceInContext(ctx.db, request.params.id);
      if (!o || !can(ctx.actor, 'plan.read', { id: o.organization_id, path: o.org_path, bodyId: o.org_body_id })) throw occurrenceNotFound();
      const events = await listOccurrenceEvents(ctx.db, o.id);
      return { items: events.map(presentOccurrenceEvent) };
    },
  );
};
