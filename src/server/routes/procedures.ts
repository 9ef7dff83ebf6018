import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar/lateness';
import { FORM_FILES, POSTING_PROOF_FILES, POSTING_TARGET_PERCENT } from '../../domain/procedures';
import { findProcedure, findProcedureFile, type ProcedureInContext } from '../../db/repositories/procedures';
import { daySchema, errorResponseSchema, idParamsSchema, idSchema } from '../../shared/schemas/common';
import {
  addPostingSchema,
  addProcedureEventSchema,
  createProcedureSchema,
  listProceduresQuerySchema,
  postingByBodySchema,
  postingSchema,
  procedureEventSchema,
  procedureListSchema,
  procedureSchema,
  updateProcedureSchema,
} from '../../shared/schemas/procedures';
import { createProcedure, updateProcedureContent } from '../commands/manage-procedure';
import { addPosting } from '../commands/post-procedure';
import { loadProcedure } from '../commands/procedure-access';
import { addProcedureEvent } from '../commands/procedure-events';
import { addProcedureForm, procedureFileNotFound, removeProcedureForm } from '../commands/procedure-forms';
import { listProcedurePage, postingByBody } from '../commands/procedure-lists';
import { standingOf } from '../commands/procedure-standing';
import type { CommandContext } from '../commands/transaction';
import { commandContext } from '../deps';
import { badRequest } from '../errors';
import { contentDisposition } from '../http/content-disposition';
import { readUpload } from '../http/multipart-upload';
import { validationFailed } from '../http/validation';
import { presentPosting, presentProcedure, presentProcedureEvent, presentProcedureSummary } from '../presenters/procedure';

const tags = ['procedures'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema };
const onQuerySchema = z.strictObject({ on: daySchema().optional() });

const today = () => todayInVietnam(new Date());

async function presentOne(ctx: CommandContext, row: ProcedureInContext, day = today()) {
  const [standing] = await standingOf(ctx.db, [row], day);
  return presentProcedure(ctx.db, ctx.actor, standing!);
}

const fileRequired = () => badRequest('FILE_REQUIRED', 'Hãy chọn tệp để tải lên.', [{ field: 'file', message: 'Bắt buộc' }]);

/** A body's administrative and internal procedures (SPEC §2.7): registry, dated events, postings, forms. */
export const procedureRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: Math.max(FORM_FILES.maxBytes, POSTING_PROOF_FILES.maxBytes) + 1, files: 1, fields: 6 } });
  const filesDir = join(app.deps.config.dataDir, 'files');

  app.get(
    '/api/procedures',
    { config: { viewCache: true }, schema: { tags, summary: 'Danh mục thủ tục hành chính và quy trình nội bộ của một đơn vị (mặc định: đơn vị của người dùng), với trạng thái vào ngày `on`', querystring: listProceduresQuerySchema, response: { 200: procedureListSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const { page, nextCursor, fields, counts } = await listProcedurePage(ctx, request.query, request.query.on ?? today());
      return { items: page.map((p) => presentProcedureSummary(ctx.actor, p)), nextCursor, fields, counts };
    },
  );

  app.get(
    '/api/procedures/posting-by-body',
    { config: { viewCache: true },
      schema: {
        tags,
        summary: 'Tỷ lệ thủ tục đang có hiệu lực được niêm yết đúng phiên bản: của đơn vị (mặc định: đơn vị của người dùng) và từng đơn vị trực thuộc (Sở Y tế: mọi bệnh viện, trung tâm)',
        querystring: z.strictObject({ organizationId: idSchema.optional(), on: daySchema().optional() }),
        response: { 200: postingByBodySchema, ...errors },
      },
    },
    async (request) => {
      const day = request.query.on ?? today();
      return { on: day, targetPercent: POSTING_TARGET_PERCENT, ...(await postingByBody(commandContext(request), request.query.organizationId, day)) };
    },
  );

  app.get('/api/procedures/:id', { schema: { tags, summary: 'Một thủ tục, đầy đủ nội dung, sự kiện và các lần niêm yết', params: idParamsSchema, querystring: onQuerySchema, response: { 200: procedureSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return presentOne(ctx, await loadProcedure(ctx.db, ctx.actor, request.params.id), request.query.on);
  });

  app.post('/api/procedures', { schema: { tags, summary: 'Thêm thủ tục (kèm sự kiện ban hành)', body: createProcedureSchema, response: { 201: procedureSchema, ...errors } } }, async (request, reply) => {
    const ctx = commandContext(request);
    const row = await createProcedure(ctx, request.body);
    return reply.status(201).send(await presentOne(ctx, await loadProcedure(ctx.db, ctx.actor, row.id)));
  });

  app.patch(
    '/api/procedures/:id',
    { schema: { tags, summary: 'Sửa nội dung thủ tục: mỗi lần sửa là một phiên bản mới, cần niêm yết lại', params: idParamsSchema, body: updateProcedureSchema, response: { 200: procedureSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      return presentOne(ctx, await updateProcedureContent(ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/api/procedures/:id/events',
    { schema: { tags, summary: 'Ghi quyết định ban hành, sửa đổi, bổ sung, thay thế hoặc bãi bỏ thủ tục, kèm ngày có hiệu lực', params: idParamsSchema, body: addProcedureEventSchema, response: { 201: procedureEventSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const event = await addProcedureEvent(ctx, request.params.id, request.body);
      const successor = event.replaced_by_id ? await findProcedure(ctx.db, event.replaced_by_id) : undefined;
      return reply.status(201).send(presentProcedureEvent(event, successor));
    },
  );

  app.post(
    '/api/procedures/:id/postings',
    {
      schema: {
        tags,
        summary: 'Ghi lần niêm yết: JSON {place, postedOn, proofUrl?, note?}, hoặc multipart với các trường đó rồi ảnh minh chứng ở trường "file"',
        params: idParamsSchema,
        // Nullish: a multipart form has no JSON body (its parts are checked by readUpload).
        body: addPostingSchema.nullish(),
        response: { 201: postingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request);
      let row;
      if (request.isMultipart()) {
        const upload = await readUpload(request, ['place', 'postedOn', 'proofUrl', 'note']);
        if (!upload) throw fileRequired();
        const parsed = addPostingSchema.safeParse(upload.fields);
        if (!parsed.success) {
          upload.file.file.resume();
          throw validationFailed('body', parsed.error.issues);
        }
        row = await addPosting(ctx, request.params.id, parsed.data, { filesDir, upload: { filename: upload.file.filename, stream: upload.checkedStream(), truncated: () => upload.file.file.truncated } });
      } else {
        if (!request.body) throw badRequest('VALIDATION_FAILED', 'Cần nơi niêm yết (place) và ngày niêm yết (postedOn).', [{ field: 'place', message: 'Bắt buộc' }, { field: 'postedOn', message: 'Bắt buộc' }]);
        row = await addPosting(ctx, request.params.id, request.body);
      }
      const proof = row.proof_file_id ? await findProcedureFile(ctx.db, row.proof_file_id) : undefined;
      return reply.status(201).send(presentPosting(row, proof));
    },
  );

  app.post(
    '/api/procedures/:id/forms',
    { schema: { tags, summary: 'Thêm biểu mẫu (multipart, trường "file": PDF, Word, Excel tới 10 MB)', params: idParamsSchema, response: { 201: procedureSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const upload = request.isMultipart() ? await readUpload(request, []) : undefined;
      if (!upload) throw fileRequired();
      await addProcedureForm(ctx, filesDir, request.params.id, { filename: upload.file.filename, stream: upload.checkedStream(), truncated: () => upload.file.file.truncated });
      return reply.status(201).send(await presentOne(ctx, await loadProcedure(ctx.db, ctx.actor, request.params.id)));
    },
  );

  app.delete('/api/procedure-files/:id', { schema: { tags, summary: 'Gỡ một biểu mẫu khỏi thủ tục (ảnh minh chứng niêm yết được giữ)', params: idParamsSchema, response: { 200: procedureSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const procedureId = await removeProcedureForm(ctx, filesDir, request.params.id);
    return presentOne(ctx, await loadProcedure(ctx.db, ctx.actor, procedureId));
  });

  app.get('/api/procedure-files/:id', { schema: { tags, summary: 'Tải biểu mẫu hoặc ảnh minh chứng niêm yết', params: idParamsSchema } }, async (request, reply) => {
    const ctx = commandContext(request);
    const file = await findProcedureFile(ctx.db, request.params.id);
    if (!file) throw procedureFileNotFound();
    await loadProcedure(ctx.db, ctx.actor, file.procedure_id, 'procedure.read', procedureFileNotFound);
    return reply
      .header('content-type', file.media_type)
      .header('content-disposition', contentDisposition(file.name, file.media_type.startsWith('image/') ? 'inline' : 'attachment'))
      .header('x-content-type-options', 'nosniff')
      .send(createReadStream(join(filesDir, file.storage_key)));
  });
};
