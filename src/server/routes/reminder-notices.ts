import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reminderNoticeQuerySchema } from '../../shared/schemas/reminder-notices';
import { issueReminderNotice } from '../commands/reminder-notice-data';
import { commandContext } from '../deps';
import { DOCX_TYPE, sendFile } from '../http/send-document';


/** The văn bản đôn đốc (SPEC §2.5): a body's late work per department, as a Công văn to sign. */
export const reminderNoticeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reminder-notices/document.docx',
    { schema: { tags: ['reminder-notices'], summary: 'Văn bản đôn đốc nhiệm vụ quá hạn (DOCX)', querystring: reminderNoticeQuerySchema } },
    async (request, reply) => {
      const notice = await issueReminderNotice(commandContext(request), request.query);
      return sendFile(reply, notice.bytes, DOCX_TYPE, notice.fileName);
    },
  );
};
