import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeSchedule, expandSchedule, parseDeadline } from '../../domain/schedule';
import { errorResponseSchema } from '../../shared/schemas/common';
import { expandScheduleResponseSchema, expandScheduleSchema } from '../../shared/schemas/schedules';
import { requireSignedIn } from '../request-context';

/** Reads a deadline as people write it ("Quý II–III/2026", "Hàng quý") and lists the periods it asks for. */
export const scheduleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/schedules/expand',
    {
      schema: {
        tags: ['plans'],
        summary: 'Phân tích thời hạn và liệt kê các kỳ thực hiện',
        body: expandScheduleSchema,
        response: { 200: expandScheduleResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      requireSignedIn(request);
      const parsed = parseDeadline(request.body.text, request.body.year);
      if (!parsed.understood) return { understood: false as const, reason: parsed.reason, occurrences: [] };
      return {
        understood: true as const,
        kind: parsed.schedule.kind,
        description: describeSchedule(parsed.schedule),
        occurrences: expandSchedule(parsed.schedule),
      };
    },
  );
};
