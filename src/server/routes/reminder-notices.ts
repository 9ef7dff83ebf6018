import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reminderNoticeQuerySchema } from '../../shared/schemas/reminder-notices';
import { issueReminderNotice } from '../commands/reminder-notice-data';
import { commandContext } from '../deps';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The văn bản đôn đốc (SPEC §2.5): a body's late work per department, as a Công văn to sign. */
export const reminderNoticeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reminder-notices/document.docx',
    { schema: { tags: ['reminder-notices'], summary: 'Văn bản đôn đốc nhiệm vụ quá hạn (DOCX)', querystring: reminderNoticeQuerySchema } },
    async (request, reply) => {
      const notice = await issueReminderNotice(commandContext(request), request.query);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', `attachment; filename="${notice.asciiName}"; filename*=UTF-8''${encodeURIComponent(notice.fileName)}`)
        .header('cache-control', 'private, no-store')
        .send(notice.bytes);
    },
  );
};
