import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { copyCriteriaSetSchema, createCriteriaSetSchema, criteriaSetListQuerySchema, criteriaSetListSchema, criteriaSetSchema, updateCriteriaSetSchema } from '../../shared/schemas/assessment';
import { copyCriteriaSet, createCriteriaSet, editCriteriaSet, listCriteriaSetsOf, viewCriteriaSet } from '../commands/assessment-sets';
import { commandContext } from '../deps';
import { forbidden } from '../errors';
import type { Actor } from '../../domain/access/actor';

const tags = ['scoring'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

/** The body asked for, else the user's own. */
function bodyOf(actor: Actor, organizationId?: string): string {
  const id = organizationId ?? actor.grants[0]?.bodyId;
  if (!id) throw forbidden();
  return id;
}

/** CCHC scoring (SPEC §2.12, issue 16): the criteria sets a department of health scores its bodies with. */
export const scoringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/scoring/criteria-sets', { schema: { tags, summary: 'Các bộ chỉ số chấm điểm CCHC của một đơn vị (mặc định: đơn vị của người dùng), năm mới nhất trước', querystring: criteriaSetListQuerySchema, response: { 200: criteriaSetListSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return listCriteriaSetsOf(ctx, bodyOf(ctx.actor, request.query.organizationId));
  });

  app.post(
    '/api/scoring/criteria-sets',
    { schema: { tags, summary: 'Tạo bộ chỉ số năm: lĩnh vực → tiêu chí → tiêu chí thành phần, điểm tối đa, hướng dẫn chấm, tài liệu kiểm chứng, thang xếp loại', body: createCriteriaSetSchema, response: { 201: criteriaSetSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const id = await createCriteriaSet(ctx, bodyOf(ctx.actor, request.body.organizationId), request.body);
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
};
