import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar';
import { errorResponseSchema } from '../../shared/schemas/common';
import { homeSchema } from '../../shared/schemas/home';
import { homeSummary } from '../commands/home-summary';
import { commandContext } from '../deps';

/** The home page's figures for the signed-in person; each links to the list behind it in the web app. */
export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/home',
    { config: { viewCache: true },
      schema: {
        tags: ['occurrences'],
        summary: 'Việc của tôi: việc đến hạn, trễ hạn, chờ duyệt; tiến độ của đơn vị và các đơn vị trực thuộc',
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: homeSchema, 400: errorResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => homeSummary(commandContext(request), request.query.year ?? Number(todayInVietnam(new Date()).slice(0, 4))),
  );
};
