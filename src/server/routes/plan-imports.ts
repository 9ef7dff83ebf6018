import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_IMPORT_BYTES } from '../../documents/import/import-limits';
import { errorResponseSchema } from '../../shared/schemas/common';
import { planImportResultSchema } from '../../shared/schemas/plan-import-api';
import { importPlan } from '../commands/import-plan';
import { commandContext } from '../deps';
import { AppError, badRequest } from '../errors';
import { logLimitRefusals } from '../http/parse-limits-log';
import { readUploadBytes } from '../http/multipart-upload';

const tags = ['plans'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 413: errorResponseSchema, 503: errorResponseSchema };
const tooLarge = () => new AppError(413, 'FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_IMPORT_BYTES / 1024 / 1024} MB; một kế hoạch thường chỉ vài MB.`);
const fileRequired = () => badRequest('FILE_REQUIRED', 'Hãy chọn tệp kế hoạch (.docx, .pdf, .txt hoặc .md) để tải lên.', [{ field: 'file', message: 'Bắt buộc' }]);

/** Importing an existing plan (SPEC §2.11): read an uploaded DOCX, PDF or TXT into a draft to review; nothing is saved. */
export const planImportRoutes: FastifyPluginAsyncZod = async (app) => {
  // One byte over the limit is how an oversize file shows itself: the stream is cut and flagged.
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES + 1, files: 1, fields: 2 } });

  app.post(
    '/api/plan-imports',
    {
      config: { uploadOnly: true },
      schema: { tags, summary: 'Đọc kế hoạch có sẵn (multipart, trường "file"; tùy chọn "organizationId" gửi trước tệp) thành bản nháp để rà soát; chưa lưu gì', response: { 200: planImportResultSchema, ...errors } },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { bytes, fields } = await readUploadBytes(request, ['organizationId'], { required: fileRequired, tooLarge });
      const organizationId = fields.organizationId;
      return logLimitRefusals(request, bytes.length, importPlan(ctx, bytes, organizationId || undefined));
    },
  );
};
