import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { planDocumentBuffer } from '../../documents/docx/plan-document';
import { idParamsSchema } from '../../shared/schemas/common';
import { planDocumentData } from '../commands/plan-document';
import { planTaskTable } from '../commands/plan-task-table';
import { commandContext } from '../deps';
import { sendDocx, sendPdfOf, sendXlsx } from '../http/send-document';

/** Official documents out (SPEC §2.11): a plan as DOCX in the Decree 30 layout, the same as PDF, its task table as XLSX. */
export const planDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/plans/:id/document.docx', { schema: { tags: ['plans'], summary: 'Kế hoạch (DOCX, thể thức Nghị định 30/2020/NĐ-CP)', params: idParamsSchema } }, async (request, reply) => {
    const { data, fileName } = await planDocumentData(commandContext(request), request.params.id);
    return sendDocx(reply, await planDocumentBuffer(data), fileName);
  });

  app.get('/api/plans/:id/document.pdf', { schema: { tags: ['plans'], summary: 'Kế hoạch (PDF, chuyển từ DOCX bằng LibreOffice)', params: idParamsSchema } }, async (request, reply) => {
    const { data, fileName } = await planDocumentData(commandContext(request), request.params.id);
    return sendPdfOf(request, reply, () => planDocumentBuffer(data), fileName);
  });

  app.get('/api/plans/:id/tasks.xlsx', { schema: { tags: ['plans'], summary: 'Bảng nhiệm vụ và tiến độ (XLSX)', params: idParamsSchema } }, async (request, reply) => {
    const { bytes, fileName } = await planTaskTable(commandContext(request), request.params.id);
    return sendXlsx(reply, bytes, fileName);
  });
};
