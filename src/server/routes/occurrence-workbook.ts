import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_WORKBOOK_BYTES } from '../../documents/xlsx/workbook-layout';
import { errorResponseSchema } from '../../shared/schemas/common';
import { applyBulkUpdateResultSchema, applyBulkUpdateSchema, bulkPreviewSchema, workbookQuerySchema } from '../../shared/schemas/occurrence-workbook';
import { applyBulkUpdate, previewOccurrenceWorkbook } from '../commands/bulk-update-occurrences';
import { loadOccurrenceWorkbook } from '../commands/load-occurrence-workbook';
import { commandContext } from '../deps';
import { sendXlsx } from '../http/send-document';
import { AppError, badRequest } from '../errors';
import { logLimitRefusals } from '../http/parse-limits-log';
import { readUploadBytes } from '../http/multipart-upload';

const tags = ['occurrences'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema, 503: errorResponseSchema };
const tooLarge = () => new AppError(413, 'FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB; hãy chỉ giữ các dòng cần cập nhật.`);
const fileRequired = () => badRequest('FILE_REQUIRED', 'Hãy chọn tệp Excel (.xlsx) để tải lên.', [{ field: 'file', message: 'Bắt buộc' }]);

/** Bulk update of results from Excel (SPEC §2.13): download, preview an upload, then save what was confirmed. */
export const occurrenceWorkbookRoutes: FastifyPluginAsyncZod = async (app) => {
  // One byte over the limit is how an oversize file shows itself: the stream is cut and flagged.
  await app.register(multipart, { limits: { fileSize: MAX_WORKBOOK_BYTES + 1, files: 1, fields: 2 } });

  app.get(
    '/api/occurrences/workbook.xlsx',
    { schema: { tags, summary: 'Tải tệp Excel các kỳ chưa hoàn thành của đơn vị mình để cập nhật kết quả', querystring: workbookQuerySchema } },
    async (request, reply) => {
      const { bytes, fileName } = await loadOccurrenceWorkbook(commandContext(request));
      return sendXlsx(reply, bytes, fileName);
    },
  );

  app.post(
    '/api/occurrences/workbook/preview',
    { config: { uploadOnly: true }, schema: { tags, summary: 'Xem trước thay đổi từ tệp Excel đã điền (multipart, trường "file"); không lưu gì', response: { 200: bulkPreviewSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const { bytes } = await readUploadBytes(request, [], { required: fileRequired, tooLarge });
      return logLimitRefusals(request, bytes.length, previewOccurrenceWorkbook(ctx, bytes));
    },
  );

  app.post(
    '/api/occurrences/workbook/apply',
    {
      // A thousand changes with long result notes outgrow the default 1 MB body.
      bodyLimit: 8 * 1024 * 1024,
      schema: { tags, summary: 'Lưu các thay đổi đã xem trước; một thay đổi bị từ chối thì không lưu thay đổi nào', body: applyBulkUpdateSchema, response: { 200: applyBulkUpdateResultSchema, ...errors } },
    },
    async (request) => applyBulkUpdate(commandContext(request), request.body),
  );
};
