import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_WORKBOOK_BYTES } from '../../documents/xlsx/workbook-layout';
import { errorResponseSchema } from '../../shared/schemas/common';
import { applyProcedureImportResultSchema, applyProcedureImportSchema, procedureImportPreviewSchema } from '../../shared/schemas/procedure-import';
import { applyProcedureImport, previewProcedureImport } from '../commands/import-procedures';
import { commandContext } from '../deps';
import { AppError, badRequest } from '../errors';
import { readUploadBytes } from '../http/multipart-upload';
import { logLimitRefusals } from '../http/parse-limits-log';

const tags = ['procedures'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema, 503: errorResponseSchema };
const tooLarge = () => new AppError(413, 'FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB; hãy chỉ giữ trang tính có danh mục thủ tục.`);
const fileRequired = () => badRequest('FILE_REQUIRED', 'Hãy chọn tệp Excel (.xlsx) có danh mục thủ tục để tải lên.', [{ field: 'file', message: 'Bắt buộc' }]);

/**
 * Importing a published list of procedures from Excel (issue 13), as the bulk update of results works:
 * preview an upload, then save what the person confirmed. The workbook is read like that one — the same
 * size limit, the same capped worker (decision 0020).
 */
export const procedureImportRoutes: FastifyPluginAsyncZod = async (app) => {
  // One byte over the limit is how an oversize file shows itself: the stream is cut and flagged.
  await app.register(multipart, { limits: { fileSize: MAX_WORKBOOK_BYTES + 1, files: 1, fields: 2 } });

  app.post(
    '/api/procedures/import/preview',
    {
      config: { uploadOnly: true },
      schema: {
        tags,
        summary: 'Xem trước việc nhập danh mục thủ tục từ tệp Excel (multipart, trường "file"; tùy chọn "organizationId" gửi trước tệp): thêm mới, sửa tên/lĩnh vực, giữ nguyên hoặc lỗi của từng dòng; không lưu gì',
        response: { 200: procedureImportPreviewSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { bytes, fields } = await readUploadBytes(request, ['organizationId'], { required: fileRequired, tooLarge });
      return logLimitRefusals(request, bytes.length, previewProcedureImport(ctx, bytes, fields.organizationId || undefined));
    },
  );

  app.post(
    '/api/procedures/import/apply',
    {
      // A thousand procedures with their legal basis outgrow the default 1 MB body.
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Nhập các dòng đã xem trước (thêm mới kèm sự kiện ban hành, sửa tên/lĩnh vực); một dòng bị từ chối thì không lưu dòng nào',
        body: applyProcedureImportSchema,
        response: { 200: applyProcedureImportResultSchema, ...errors },
      },
    },
    async (request) => applyProcedureImport(commandContext(request), request.body),
  );
};
