import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { docxToPdf, PdfConverterMissing } from '../../documents/pdf/libreoffice';
import { planDocumentBuffer } from '../../documents/docx/plan-document';
import { idParamsSchema } from '../../shared/schemas/common';
import { planDocumentData } from '../commands/plan-document';
import { planTaskTable } from '../commands/plan-task-table';
import { commandContext } from '../deps';
import { AppError } from '../errors';
import { contentDisposition } from '../http/content-disposition';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const pdfConverterMissing = () =>
  new AppError(503, 'PDF_CONVERTER_MISSING', 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Quản trị hệ thống cần cài gói Debian "libreoffice-writer-nogui" (và "fonts-liberation2"), rồi thử lại; bản DOCX vẫn tải được.');

/** Official documents out (SPEC §2.11): a plan as DOCX in the Decree 30 layout, and the same as PDF. */
export const planDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/plans/:id/document.docx', { schema: { tags: ['plans'], summary: 'Kế hoạch (DOCX, thể thức Nghị định 30/2020/NĐ-CP)', params: idParamsSchema } }, async (request, reply) => {
    const { data, fileName } = await planDocumentData(commandContext(request), request.params.id);
    const bytes = await planDocumentBuffer(data);
    return reply.header('content-type', DOCX_TYPE).header('content-disposition', contentDisposition(`${fileName}.docx`)).header('cache-control', 'private, no-store').send(bytes);
  });

  app.get('/api/plans/:id/document.pdf', { schema: { tags: ['plans'], summary: 'Kế hoạch (PDF, chuyển từ DOCX bằng LibreOffice)', params: idParamsSchema } }, async (request, reply) => {
    const { data, fileName } = await planDocumentData(commandContext(request), request.params.id);
    const pdf = await docxToPdf(await planDocumentBuffer(data)).catch((error: unknown) => {
      throw error instanceof PdfConverterMissing ? pdfConverterMissing() : error;
    });
    return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition(`${fileName}.pdf`)).header('cache-control', 'private, no-store').send(pdf);
  });

  app.get('/api/plans/:id/tasks.xlsx', { schema: { tags: ['plans'], summary: 'Bảng nhiệm vụ và tiến độ (XLSX)', params: idParamsSchema } }, async (request, reply) => {
    const { bytes, fileName } = await planTaskTable(commandContext(request), request.params.id);
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', contentDisposition(fileName)).header('cache-control', 'private, no-store').send(bytes);
  });
};
