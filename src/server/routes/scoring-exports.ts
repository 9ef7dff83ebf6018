import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scoringResultsDocumentBuffer } from '../../documents/docx/scoring-results-document';
import { scoringResultsWorkbook } from '../../documents/xlsx/scoring-results-workbook';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { scoringResultsDocumentData, scoringResultsWorkbookData } from '../commands/scoring-results-document';
import { commandContext } from '../deps';
import { sendDocx, sendXlsx } from '../http/send-document';

const tags = ['scoring'];
const response = { 401: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

/** A scoring round's result to take away (SPEC §2.12, issue 16): the ranking as XLSX, the notice of it as a Decree 30 DOCX. */
export const scoringExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/scoring/rounds/:id/results.xlsx', { schema: { tags, summary: 'Bảng xếp hạng kết quả chấm điểm CCHC (XLSX): điểm từng lĩnh vực, tổng điểm, xếp loại, thứ hạng, kết quả năm trước', params: idParamsSchema, response } }, async (request, reply) => {
    const { data, fileName } = await scoringResultsWorkbookData(commandContext(request), request.params.id);
    return sendXlsx(reply, await scoringResultsWorkbook(data), fileName);
  });

  app.get(
    '/api/scoring/rounds/:id/results.docx',
    { schema: { tags, summary: 'Thông báo kết quả đánh giá, xếp loại CCHC (DOCX, thể thức Nghị định 30/2020/NĐ-CP), bảng xếp hạng ở phụ lục trang ngang; trước khi công bố là bản dự thảo', params: idParamsSchema, response } },
    async (request, reply) => {
      const { data, baseName } = await scoringResultsDocumentData(commandContext(request), request.params.id);
      return sendDocx(reply, await scoringResultsDocumentBuffer(data), baseName);
    },
  );
};
