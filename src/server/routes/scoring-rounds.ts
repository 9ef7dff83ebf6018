import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { createRoundSchema, roundListSchema, roundResultsSchema, roundSchema, updateRoundSchema } from '../../shared/schemas/scoring-rounds';
import { editRound, listRounds, openRound, publishRound, roundResults, viewRound } from '../commands/scoring-rounds';
import { commandContext } from '../deps';

const tags = ['scoring'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const today = () => todayInVietnam(new Date());

/** CCHC scoring rounds (SPEC §2.12, issue 16): opened, changed and published by a department of health. */
export const scoringRoundRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/scoring/rounds', { schema: { tags, summary: 'Các đợt chấm điểm CCHC của người dùng: đơn vị mình mở, đơn vị mình được chấm, hoặc mình thẩm định', querystring: z.strictObject({}), response: { 200: roundListSchema, ...errors } } }, async (request) =>
    listRounds(commandContext(request), today()),
  );

  app.post(
    '/api/scoring/rounds',
    { schema: { tags, summary: 'Mở đợt chấm điểm: bộ chỉ số năm, các đơn vị được chấm, hạn tự đánh giá, hạn thẩm định, tổ thẩm định; báo cho các đơn vị', body: createRoundSchema, response: { 201: roundSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const id = await openRound(ctx, request.body, today());
      return reply.status(201).send(await viewRound(ctx, id, today()));
    },
  );

  app.get('/api/scoring/rounds/:id', { config: { viewCache: true }, schema: { tags, summary: 'Một đợt chấm điểm: hạn, tổ thẩm định và tình hình từng đơn vị (đơn vị được chấm chỉ thấy dòng của mình)', params: idParamsSchema, response: { 200: roundSchema, ...errors } } }, async (request) =>
    viewRound(commandContext(request), request.params.id, today()),
  );

  app.patch(
    '/api/scoring/rounds/:id',
    { schema: { tags, summary: 'Sửa tên, hạn, các đơn vị được chấm hoặc tổ thẩm định (trước khi công bố)', params: idParamsSchema, body: updateRoundSchema, response: { 200: roundSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      await editRound(ctx, request.params.id, request.body);
      return viewRound(ctx, request.params.id, today());
    },
  );

  app.post('/api/scoring/rounds/:id/publish', { schema: { tags, summary: 'Công bố kết quả: điểm chốt, xếp loại, thứ hạng; báo cho các đơn vị', params: idParamsSchema, response: { 200: roundSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    await publishRound(ctx, request.params.id, today());
    return viewRound(ctx, request.params.id, today());
  });

  app.get('/api/scoring/rounds/:id/results', { config: { viewCache: true }, schema: { tags, summary: 'Bảng xếp hạng: điểm từng lĩnh vực, tổng điểm, xếp loại, thứ hạng, kết quả năm trước (đơn vị được chấm xem sau khi công bố)', params: idParamsSchema, response: { 200: roundResultsSchema, ...errors } } }, async (request) =>
    roundResults(commandContext(request), request.params.id),
  );
};
