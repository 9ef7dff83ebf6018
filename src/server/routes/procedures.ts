import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar/lateness';
import { postingCounts, POSTING_TARGET_PERCENT } from '../../domain/procedures';
import { listOrganizations } from '../../db/repositories/organizations';
import { findProcedureFile, listProcedures, procedureFields, type ProcedureInContext } from '../../db/repositories/procedures';
import { daySchema, errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
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
import { loadAuthorizedBody } from '../commands/load-organization';
import { createProcedure, updateProcedureContent } from '../commands/manage-procedure';
import { addPosting } from '../commands/post-procedure';
import { loadProcedure } from '../commands/procedure-access';
import { addProcedureEvent } from '../commands/procedure-events';
import { addProcedureForm, procedureFileNotFound, removeProcedureForm } from '../commands/procedure-forms';
import { postingCountsByBody, standingOf } from '../commands/procedure-standing';
import type { CommandContext } from '../commands/transaction';
import { commandContext } from '../deps';
import { badRequest } from '../errors';
import { contentDisposition } from '../http/content-disposition';
import { readUpload } from '../http/multipart-upload';
import { validationFailed } from '../http/validation';
import { rootsFor } from '../policies';
import { presentProcedure, presentProcedureSummary } from '../presenters/procedure';

const tags = ['procedures'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema };
const onQuerySchema = z.strictObject({ on: daySchema().optional() });
const MAX_FILE_BYTES = 10 * 1024 * 1024;

const today = () => todayInVietnam(new Date());

async function presentOne(ctx: CommandContext, row: ProcedureInContext, day = today()) {
  const [standing] = await standingOf(ctx.db, [row], day);
  return presentProcedure(ctx.db, ctx.actor, standing!);
}

const fileRequired = () => badRequest('FILE_REQUIRED', 'Hãy chọn tệp để tải lên.', [{ field: 'file', message: 'Bắt buộc' }]);

/** A body's administrative and internal procedures (SPEC §2.7): registry, dated events, postings, forms. */
export const procedureRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES + 1, files: 1, fields: 6 } });
  const filesDir = join(app.deps.config.dataDir, 'files');

  app.get(
    '/api/procedures',
    { schema: { tags, summary: 'Danh mục thủ tục hành chính và quy trình nội bộ của một đơn vị (mặc định: đơn vị của người dùng), với trạng thái vào ngày `on`', querystring: listProceduresQuerySchema, response: { 200: procedureListSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const q = request.query;
      const body = await loadAuthorizedBody(ctx.db, ctx.actor, q.organizationId ?? ctx.actor.grants[0]?.bodyId ?? '', 'procedure.read');
      const day = q.on ?? today();
      const [rows, fields] = await Promise.all([listProcedures(ctx.db, { organizationIds: [body.id], q: q.q, field: q.field, scope: q.scope }), procedureFields(ctx.db, [body.id])]);
      const standing = (await standingOf(ctx.db, rows, day)).filter((p) => !q.status || p.status === q.status);
      const counts = postingCounts(standing);
      const listed = standing.filter((p) => !q.stale || p.standing === 'stale').filter((p) => !q.cursor || p.row.code > q.cursor);
      const page = listed.slice(0, q.limit);
      return { items: page.map((p) => presentProcedureSummary(ctx.actor, p)), nextCursor: listed.length > q.limit ? page.at(-1)!.row.code : null, fields, counts };
    },
  );

  app.get(
    '/api/procedures/posting-by-body',
    { schema: { tags, summary: 'Tỷ lệ thủ tục đang có hiệu lực được niêm yết đúng phiên bản, theo từng đơn vị trong phạm vi (Sở Y tế: mọi đơn vị trực thuộc)', querystring: onQuerySchema, response: { 200: postingByBodySchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const day = request.query.on ?? today();
      const nodes = await listOrganizations(ctx.db, { roots: rootsFor(ctx.actor, 'procedure.read'), limit: 10_000 });
      const bodies = nodes.filter((o) => o.id === o.body_id);
      const standing = await standingOf(ctx.db, await listProcedures(ctx.db, { organizationIds: bodies.map((b) => b.id) }), day);
      const byBody = postingCountsByBody(standing);
      return {
        on: day,
        targetPercent: POSTING_TARGET_PERCENT,
        items: bodies.map((b) => ({ organization: { id: b.id, code: b.code, name: b.name }, counts: byBody.get(b.id) ?? postingCounts([]) })),
        total: postingCounts(standing),
      };
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
      const detail = await presentOne(ctx, await loadProcedure(ctx.db, ctx.actor, request.params.id));
      return reply.status(201).send(detail.events.find((e) => e.id === event.id)!);
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
      const detail = await presentOne(ctx, await loadProcedure(ctx.db, ctx.actor, request.params.id));
      return reply.status(201).send(detail.postings.find((p) => p.id === row.id)!);
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
    await loadProcedure(ctx.db, ctx.actor, file.procedure_id).catch(() => {
      throw procedureFileNotFound();
    });
    return reply
      .header('content-type', file.media_type)
      .header('content-disposition', contentDisposition(file.name, file.media_type.startsWith('image/') ? 'inline' : 'attachment'))
      .header('x-content-type-options', 'nosniff')
      .send(createReadStream(join(filesDir, file.storage_key)));
  });
};
