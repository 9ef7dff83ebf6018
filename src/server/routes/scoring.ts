import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_WORKBOOK_BYTES } from '../../documents/xlsx/workbook-layout';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { copyCriteriaSetSchema, createCriteriaSetSchema, criteriaImportPreviewSchema, criteriaSetListQuerySchema, criteriaSetListSchema, criteriaSetSchema, updateCriteriaSetSchema } from '../../shared/schemas/assessment';
import { copyCriteriaSet, createCriteriaSet, editCriteriaSet, listCriteriaSetsOf, previewCriteriaImport, viewCriteriaSet } from '../commands/assessment-sets';
import { commandContext } from '../deps';
import { AppError, badRequest } from '../errors';
import { readUploadBytes } from '../http/multipart-upload';
import { logLimitRefusals } from '../http/parse-limits-log';

const tags = ['scoring'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema, 503: errorResponseSchema };
const tooLarge = () => new AppError(413, 'FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB; hãy chỉ giữ trang tính có bộ chỉ số.`);
const fileRequired = () => badRequest('FILE_REQUIRED', 'Hãy chọn tệp Excel (.xlsx) có bộ chỉ số để tải lên.', [{ field: 'file', message: 'Bắt buộc' }]);

/** CCHC scoring (SPEC §2.12, issue 16): the criteria sets a department of health scores its bodies with. */
export const scoringRoutes: FastifyPluginAsyncZod = async (app) => {
  // One byte over the limit is how an oversize file shows itself: the stream is cut and flagged.
  await app.register(multipart, { limits: { fileSize: MAX_WORKBOOK_BYTES + 1, files: 1, fields: 2 } });

  app.get('/api/scoring/criteria-sets', { schema: { tags, summary: 'Các bộ chỉ số chấm điểm CCHC của một đơn vị (mặc định: đơn vị của người dùng), năm mới nhất trước', querystring: criteriaSetListQuerySchema, response: { 200: criteriaSetListSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return listCriteriaSetsOf(ctx, request.query.organizationId);
  });

  app.post(
    '/api/scoring/criteria-sets',
    { schema: { tags, summary: 'Tạo bộ chỉ số năm: lĩnh vực → tiêu chí → tiêu chí thành phần, điểm tối đa, hướng dẫn chấm, tài liệu kiểm chứng, thang xếp loại', body: createCriteriaSetSchema, response: { 201: criteriaSetSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const id = await createCriteriaSet(ctx, request.body);
      return reply.status(201).send(await viewCriteriaSet(ctx, id));
    },
  );

  app.get('/api/scoring/criteria-sets/:id', { schema: { tags, summary: 'Một bộ chỉ số, với hướng dẫn chấm nào hệ thống đọc được thành quy tắc tính điểm', params: idParamsSchema, response: { 200: criteriaSetSchema, ...errors } } }, async (request) =>
    viewCriteriaSet(commandContext(request), request.params.id),
  );

  app.put(
    '/api/scoring/criteria-sets/:id',
    { schema: { tags, summary: 'Sửa tên, các tiêu chí hoặc thang xếp loại của bộ chỉ số', params: idParamsSchema, body: updateCriteriaSetSchema, response: { 200: criteriaSetSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      await editCriteriaSet(ctx, request.params.id, request.body);
      return viewCriteriaSet(ctx, request.params.id);
    },
  );

  app.post(
    '/api/scoring/criteria-sets/:id/copy',
    { schema: { tags, summary: 'Tạo bộ chỉ số năm sau từ bộ này (giữ tiêu chí và thang xếp loại để sửa)', params: idParamsSchema, body: copyCriteriaSetSchema, response: { 201: criteriaSetSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const id = await copyCriteriaSet(ctx, request.params.id, request.body);
      return reply.status(201).send(await viewCriteriaSet(ctx, id));
    },
  );

  app.post(
    '/api/scoring/criteria-sets/import/preview',
    {
      config: { uploadOnly: true },
      schema: {
        tags,
        summary: 'Đọc bộ chỉ số từ tệp Excel (multipart, trường "file"; tùy chọn "organizationId" gửi trước tệp) theo mẫu STT | Lĩnh vực/Tiêu chí | Điểm tối đa | Hướng dẫn | Tài liệu kiểm chứng; không lưu gì',
        response: { 200: criteriaImportPreviewSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { bytes, fields } = await readUploadBytes(request, ['organizationId'], { required: fileRequired, tooLarge });
      return logLimitRefusals(request, bytes.length, previewCriteriaImport(ctx, fields.organizationId || undefined, bytes));
    },
  );
};
