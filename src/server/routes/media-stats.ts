import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countMedia } from '../../domain/media/counts';
import { listMatrixOrganizations } from '../../db/repositories/follow-up';
import { listPublicationFacts } from '../../db/repositories/media-counts';
import { errorResponseSchema } from '../../shared/schemas/common';
import { mediaStatsQuerySchema, mediaStatsSchema } from '../../shared/schemas/media-insights';
import { readingBody } from '../commands/reading-body';
import { commandContext } from '../deps';
import { badRequest } from '../errors';

/**
 * Counts of communication work by channel, kind, reform area, body or month (issue 5 point 6). The
 * counting rules are in domain/media/counts.ts: publications per channel, distinct items otherwise.
 */
export const mediaStatsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/media-stats',
    {
      schema: {
        tags: ['media'],
        summary: 'Thống kê tin bài đã đăng theo kênh, loại, lĩnh vực, đơn vị hoặc tháng',
        querystring: mediaStatsQuerySchema,
        response: { 200: mediaStatsSchema, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { from, to, groupBy, scope, organizationId } = request.query;
      if (from > to) throw badRequest('INVALID_PERIOD', 'Ngày bắt đầu phải trước ngày kết thúc.', [{ field: 'from', message: 'Sau ngày kết thúc' }]);
      const body = await readingBody(ctx.db, ctx.actor, organizationId);
      const bodies = scope === 'own' ? [body] : await listMatrixOrganizations(ctx.db, body, 'bodies');
      const facts = await listPublicationFacts(ctx.db, { bodyIds: bodies.map((b) => b.id), from, to });
      const { rows, total } = countMedia(facts, groupBy, { from, to }, bodies);
      return { body: { id: body.id, code: body.code, name: body.name }, from, to, groupBy, scope, rows, total };
    },
  );
};
