import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reportDocumentBuffer } from '../../documents/docx/report-document';
import { docxToPdf, PdfConverterMissing } from '../../documents/pdf/libreoffice';
import { idParamsSchema } from '../../shared/schemas/common';
import { reportDocumentData } from '../commands/report-document-data';
import { commandContext } from '../deps';
import { contentDisposition } from '../http/content-disposition';
import { DOCX_TYPE, pdfConverterMissing } from './plan-documents';

/** A report as an official document (SPEC §2.11): DOCX in the Decree 30 layout, and the same as PDF. */
export const reportDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/reports/:id/document.docx', { schema: { tags: ['reports'], summary: 'Báo cáo (DOCX, thể thức Nghị định 30/2020/NĐ-CP)', params: idParamsSchema } }, async (request, reply) => {
    const { data, fileName } = await reportDocumentData(commandContext(request), request.params.id);
    const bytes = await reportDocumentBuffer(data);
    return reply.header('content-type', DOCX_TYPE).header('content-disposition', contentDisposition(`${fileName}.docx`)).header('cache-control', 'private, no-store').send(bytes);
  });

  app.get('/api/reports/:id/document.pdf', { schema: { tags: ['reports'], summary: 'Báo cáo (PDF, chuyển từ DOCX bằng LibreOffice)', params: idParamsSchema } }, async (request, reply) => {
    const { data, fileName } = await reportDocumentData(commandContext(request), request.params.id);
    const pdf = await docxToPdf(await reportDocumentBuffer(data)).catch((error: unknown) => {
      throw error instanceof PdfConverterMissing ? pdfConverterMissing() : error;
    });
    return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition(`${fileName}.pdf`)).header('cache-control', 'private, no-store').send(pdf);
  });
};
