import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reportDocumentBuffer } from '../../documents/docx/report-document';
import { idParamsSchema } from '../../shared/schemas/common';
import { reportDocumentData } from '../commands/report-document-data';
import { reportTables } from '../commands/report-tables';
import { commandContext } from '../deps';
import { sendDocx, sendPdfOf, sendXlsx } from '../http/send-document';

/** A report as an official document (SPEC §2.11): DOCX in the Decree 30 layout, the same as PDF, its tables as XLSX. */
export const reportDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/reports/:id/document.docx', { schema: { tags: ['reports'], summary: 'Báo cáo (DOCX, thể thức Nghị định 30/2020/NĐ-CP)', params: idParamsSchema } }, async (request, reply) => {
    const { data, fileName } = await reportDocumentData(commandContext(request), request.params.id);
    return sendDocx(reply, await reportDocumentBuffer(data), fileName);
  });

  app.get('/api/reports/:id/document.pdf', { schema: { tags: ['reports'], summary: 'Báo cáo (PDF, chuyển từ DOCX bằng LibreOffice)', params: idParamsSchema } }, async (request, reply) => {
    const { data, fileName } = await reportDocumentData(commandContext(request), request.params.id);
    return sendPdfOf(request, reply, () => reportDocumentBuffer(data), fileName);
  });

  app.get('/api/reports/:id/tables.xlsx', { schema: { tags: ['reports'], summary: 'Các bảng số liệu của báo cáo (XLSX)', params: idParamsSchema } }, async (request, reply) => {
    const { bytes, fileName } = await reportTables(commandContext(request), request.params.id);
    return sendXlsx(reply, bytes, fileName);
  });
};
