import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { postingSheetBuffer } from '../../documents/docx/posting-sheet';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { postingSheetData } from '../commands/posting-sheet-data';
import { commandContext } from '../deps';
import { sendDocx, sendPdfOf } from '../http/send-document';
import { publicOrigin } from './public-http';

const tags = ['procedures'];
const response = { 401: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema, 503: errorResponseSchema };

/** The A4 posting sheet of a procedure to print for the board (decision 0023): DOCX to adjust, PDF to print as is. */
export const procedureSheetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/procedures/:id/posting-sheet.docx', { schema: { tags, summary: 'Tờ niêm yết khổ A4 của thủ tục, có mã QR tới trang công khai (DOCX)', params: idParamsSchema, response } }, async (request, reply) => {
    const { data, fileName } = await postingSheetData(commandContext(request), request.params.id, publicOrigin(request));
    return sendDocx(reply, await postingSheetBuffer(data), fileName);
  });

  app.get('/api/procedures/:id/posting-sheet.pdf', { schema: { tags, summary: 'Tờ niêm yết khổ A4 của thủ tục (PDF, chuyển từ DOCX bằng LibreOffice)', params: idParamsSchema, response } }, async (request, reply) => {
    const { data, fileName } = await postingSheetData(commandContext(request), request.params.id, publicOrigin(request));
    return sendPdfOf(request, reply, () => postingSheetBuffer(data), fileName);
  });
};
