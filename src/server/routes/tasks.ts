import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { taskPageSchema } from '../../shared/schemas/task-page';
import { loadTaskPage } from '../commands/task-page';
import { commandContext } from '../deps';

/** A task with its plan, its periods of work, their evidence and history (SPEC §2.4, §2.5). */
export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tasks/:id',
    {
      schema: {
        tags: ['plans'],
        summary: 'Một nhiệm vụ: kế hoạch, chủ trì, phối hợp, các kỳ thực hiện với tài liệu kiểm chứng và lịch sử',
        params: idParamsSchema,
        response: { 200: taskPageSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => loadTaskPage(commandContext(request), request.params.id),
  );
};
