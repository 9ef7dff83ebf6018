import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar';
import { findFeedbackFile } from '../../db/repositories/feedback';
import { errorResponseSchema, idParamsSchema, idSchema } from '../../shared/schemas/common';
import {
  createFeedbackSchema,
  feedbackByBodySchema,
  feedbackListQuerySchema,
  feedbackListSchema,
  feedbackSchema,
  feedbackSettingsSchema,
  feedbackStepSchema,
} from '../../shared/schemas/feedback';
import { loadFeedback } from '../commands/feedback-access';
import { feedbackByBody, listFeedbackPage } from '../commands/feedback-lists';
import { readFeedbackSettings, saveFeedbackSettings } from '../commands/feedback-settings';
import { recordFeedback } from '../commands/record-feedback';
import { takeFeedbackStep } from '../commands/take-feedback-step';
import { commandContext } from '../deps';
import { notFound } from '../errors';
import { contentDisposition } from '../http/content-disposition';
import { presentFeedback, presentFeedbackSummary } from '../presenters/feedback';

const tags = ['feedback'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const today = () => todayInVietnam(new Date());
const fileNotFound = () => notFound('FEEDBACK_FILE_NOT_FOUND', 'Không tìm thấy tệp.');

/** Citizens' feedback and petitions on the staff side (SPEC §2.8): the list, one item, recording, handling steps, rules per body. */
export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const filesDir = join(app.deps.config.dataDir, 'files');

  app.get(
    '/api/feedback',
    {
      schema: {
        tags,
        summary: 'Danh sách phản ánh, kiến nghị của một đơn vị (mặc định: đơn vị của người dùng), mới nhất trước, kèm số liệu; người báo cáo chỉ thấy phản ánh giao cho khoa, phòng mình',
        querystring: feedbackListQuerySchema,
        response: { 200: feedbackListSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { page, nextCursor, counts, today: day } = await listFeedbackPage(ctx, request.query);
      return { items: page.map((f) => presentFeedbackSummary(f, day)), nextCursor, counts };
    },
  );

  app.get(
    '/api/feedback/by-body',
    {
      schema: {
        tags,
        summary: 'Số liệu phản ánh trong năm của đơn vị và từng đơn vị trực thuộc (Sở Y tế: mọi bệnh viện, trung tâm)',
        querystring: z.strictObject({ organizationId: idSchema.optional(), year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: feedbackByBodySchema, ...errors },
      },
    },
    async (request) => feedbackByBody(commandContext(request), request.query.organizationId, request.query.year ?? Number(today().slice(0, 4))),
  );

  app.get(
    '/api/feedback/settings',
    { schema: { tags, summary: 'Quy định phản ánh của đơn vị: số ngày làm việc để trả lời, số tháng giữ thông tin cá nhân', querystring: z.strictObject({ organizationId: idSchema }), response: { 200: feedbackSettingsSchema, ...errors } } },
    async (request) => readFeedbackSettings(commandContext(request), request.query.organizationId),
  );

  app.put(
    '/api/feedback/settings',
    { schema: { tags, summary: 'Đặt quy định phản ánh của đơn vị (áp dụng cho phản ánh tiếp nhận từ nay)', body: feedbackSettingsSchema, response: { 200: feedbackSettingsSchema, ...errors } } },
    async (request) => saveFeedbackSettings(commandContext(request), request.body),
  );

  app.get('/api/feedback/:id', { schema: { tags, summary: 'Một phản ánh: nội dung, các bước xử lý, tệp; thông tin liên hệ chỉ cho người xử lý, đầu mối và lãnh đạo đơn vị', params: idParamsSchema, response: { 200: feedbackSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return presentFeedback(ctx.db, ctx.actor, await loadFeedback(ctx.db, ctx.actor, request.params.id), today());
  });

  app.post(
    '/api/feedback',
    { schema: { tags, summary: 'Ghi nhận phản ánh đến qua đường dây nóng, hòm thư, trực tiếp, thư điện tử hoặc trang web', body: createFeedbackSchema, response: { 201: feedbackSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const row = await recordFeedback(ctx, request.body);
      return reply.status(201).send(await presentFeedback(ctx.db, ctx.actor, await loadFeedback(ctx.db, ctx.actor, row.id), today()));
    },
  );

  app.post(
    '/api/feedback/:id/steps',
    { schema: { tags, summary: 'Một bước xử lý phản ánh: giao, trả lời (và công khai), kết thúc, từ chối, mở lại, công khai hoặc thôi công khai câu trả lời', params: idParamsSchema, body: feedbackStepSchema, response: { 200: feedbackSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      return presentFeedback(ctx.db, ctx.actor, await takeFeedbackStep(ctx, request.params.id, request.body), today());
    },
  );

  app.get(
    '/api/feedback/:id/files/:fileId',
    { schema: { tags, summary: 'Tải tệp người dân gửi kèm phản ánh', params: z.object({ id: idSchema, fileId: idSchema }) } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const item = await loadFeedback(ctx.db, ctx.actor, request.params.id).catch(() => {
        throw fileNotFound();
      });
      const file = await findFeedbackFile(ctx.db, item.id, request.params.fileId);
      const path = file && join(filesDir, file.storage_key);
      if (!file || !path || !existsSync(path)) throw fileNotFound();
      return reply
        .header('content-type', file.media_type)
        .header('content-disposition', contentDisposition(file.name, file.media_type.startsWith('image/') ? 'inline' : 'attachment'))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(createReadStream(path));
    },
  );
};
