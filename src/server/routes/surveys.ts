import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar/lateness';
import { errorResponseSchema, idParamsSchema, idSchema } from '../../shared/schemas/common';
import {
  createSurveySchema,
  satisfactionByBodySchema,
  surveyListQuerySchema,
  surveyResultsQuerySchema,
  surveyResultsSchema,
  surveySchema,
  surveySummarySchema,
  updateSurveySchema,
} from '../../shared/schemas/surveys';
import { closeSurvey, createSurvey, publishSurvey, updateSurveyContent } from '../commands/manage-survey';
import { surveyResults } from '../commands/survey-results';
import { listSurveyPage, satisfactionTable, surveyView } from '../commands/survey-views';
import { commandContext } from '../deps';
import { badRequest } from '../errors';

const tags = ['surveys'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const listSchema = z.object({ items: z.array(surveySummarySchema), nextCursor: z.string().nullable() });
const byBodyQuerySchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional(), organizationId: idSchema.optional() });

/** Satisfaction surveys (SPEC §2.8, issue 14): the builder, publishing and closing, results and the rate of every body in reach. */
export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/surveys', { schema: { tags, summary: 'Danh sách phiếu khảo sát sự hài lòng của một đơn vị (mặc định: đơn vị của người dùng), mới nhất trước, kèm số phiếu trả lời và tỷ lệ hài lòng', querystring: surveyListQuerySchema, response: { 200: listSchema, ...errors } } }, async (request) =>
    listSurveyPage(commandContext(request), request.query),
  );

  app.get(
    '/api/surveys/satisfaction-by-body',
    {
      schema: {
        tags,
        summary: 'Tỷ lệ hài lòng (hài lòng + rất hài lòng) trong năm của đơn vị (mặc định: đơn vị của người dùng) và từng đơn vị trực thuộc (Sở Y tế: mọi bệnh viện, trung tâm)',
        querystring: byBodyQuerySchema,
        response: { 200: satisfactionByBodySchema, ...errors },
      },
    },
    async (request) => satisfactionTable(commandContext(request), request.query.year ?? Number(todayInVietnam(new Date()).slice(0, 4)), request.query.organizationId),
  );

  app.post('/api/surveys', { schema: { tags, summary: 'Tạo phiếu khảo sát (bản nháp): từ mẫu SIPAS (template: "sipas") hoặc tự soạn các phần và câu hỏi', body: createSurveySchema, response: { 201: surveySchema, ...errors } } }, async (request, reply) => {
    const ctx = commandContext(request);
    const id = await createSurvey(ctx, request.body);
    return reply.status(201).send(await surveyView(ctx, id));
  });

  app.get('/api/surveys/:id', { schema: { tags, summary: 'Một phiếu khảo sát với các phần, câu hỏi (câu đã có người trả lời được đánh dấu) và liên kết công khai', params: idParamsSchema, response: { 200: surveySchema, ...errors } } }, async (request) =>
    surveyView(commandContext(request), request.params.id),
  );

  app.patch(
    '/api/surveys/:id',
    { schema: { tags, summary: 'Sửa phiếu khảo sát: tiêu đề, thời gian, câu chữ, thêm câu hỏi; câu đã có người trả lời không xóa, không đổi loại được', params: idParamsSchema, body: updateSurveySchema, response: { 200: surveySchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      await updateSurveyContent(ctx, request.params.id, request.body);
      return surveyView(ctx, request.params.id);
    },
  );

  app.post('/api/surveys/:id/publish', { schema: { tags, summary: 'Công bố phiếu khảo sát: mở liên kết công khai cho người dân trả lời trong thời gian khảo sát', params: idParamsSchema, response: { 200: surveySchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    await publishSurvey(ctx, request.params.id);
    return surveyView(ctx, request.params.id);
  });

  app.post('/api/surveys/:id/close', { schema: { tags, summary: 'Kết thúc phiếu khảo sát ngay hôm nay: không nhận thêm phiếu trả lời', params: idParamsSchema, response: { 200: surveySchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    await closeSurvey(ctx, request.params.id);
    return surveyView(ctx, request.params.id);
  });

  app.get(
    '/api/surveys/:id/results',
    { schema: { tags, summary: 'Kết quả khảo sát trong khoảng ngày from–to: phân bố câu trả lời từng câu hỏi, ý kiến mới nhất, tỷ lệ hài lòng chung, theo khía cạnh SIPAS và theo tháng', params: idParamsSchema, querystring: surveyResultsQuerySchema, response: { 200: surveyResultsSchema, ...errors } } },
    async (request) => {
      const { from, to } = request.query;
      if (from && to && to < from) throw badRequest('VALIDATION_FAILED', 'Ngày kết thúc không được trước ngày bắt đầu.', [{ field: 'to', message: 'Trước ngày bắt đầu' }]);
      return surveyResults(commandContext(request), request.params.id, { from, to });
    },
  );
};
