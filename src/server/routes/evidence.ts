import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_EVIDENCE_BYTES } from '../../domain/occurrences/evidence-files';
import { findEvidence, listEvidence } from '../../db/repositories/evidence';
import { findOccurrenceInContext } from '../../db/repositories/occurrences';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { addedEvidenceSchema, evidenceSchema } from '../../shared/schemas/evidence';
import { webAddressSchema } from '../../shared/schemas/web-address';
import { addEvidenceFile, addEvidenceLink } from '../commands/add-evidence';
import { removeEvidence } from '../commands/remove-evidence';
import { occurrenceNotFound } from '../commands/update-occurrence';
import type { CommandContext } from '../commands/transaction';
import { commandContext } from '../deps';
import { contentDisposition } from '../http/content-disposition';
import { readUpload } from '../http/multipart-upload';
import { badRequest, notFound } from '../errors';
import { can } from '../policies';
import { presentEvidence as present } from '../presenters/evidence';

const tags = ['occurrences'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema };

/** A link given as evidence (a JSON body); a file comes as multipart instead, and then there is no JSON body. */
const linkSchema = z.strictObject({ url: webAddressSchema(1000), name: z.string().trim().min(1).max(255) });

const evidenceNotFound = () => notFound('EVIDENCE_NOT_FOUND', 'Không tìm thấy tệp.');

/** The occurrence, when the person may read it; else `missing` — the same answer as for an id that does not exist. */
async function readableOccurrence(ctx: CommandContext, id: string, missing = occurrenceNotFound) {
  const o = await findOccurrenceInContext(ctx.db, id);
  if (!o || !can(ctx.actor, 'plan.read', { id: o.organization_id, path: o.org_path, bodyId: o.org_body_id })) throw missing();
  return o;
}

/** Evidence of the work (SPEC §2.5): files served only to those who may read the occurrence, and links. */
export const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  // One byte over the limit reaches our own check, which answers 413 and removes the partial file.
  await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES + 1, files: 1, fields: 5 } });
  const filesDir = join(app.deps.config.dataDir, 'files');

  app.post(
    '/api/occurrences/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Thêm tài liệu kiểm chứng: tệp (multipart, trường "file") hoặc liên kết (JSON {url, name}); tệp trùng với tệp đã đính kèm được báo ở duplicateOf',
        params: idParamsSchema,
        // Nullish: a multipart upload has no JSON body (its parts are checked by readUpload).
        body: linkSchema.nullish(),
        response: { 201: addedEvidenceSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request);
      if (request.isMultipart()) {
        const upload = await readUpload(request, []);
        if (!upload) throw badRequest('FILE_REQUIRED', 'Hãy chọn tệp để tải lên.', [{ field: 'file', message: 'Bắt buộc' }]);
        const { file } = upload;
        const added = await addEvidenceFile(ctx, filesDir, request.params.id, { filename: file.filename, stream: upload.checkedStream(), truncated: () => file.file.truncated });
        const earlier = added.duplicateOf && { id: added.duplicateOf.id, name: added.duplicateOf.name, createdAt: added.duplicateOf.created_at, createdBy: added.duplicateOf.created_by_name };
        return reply.status(201).send({ ...present(added.row), duplicateOf: earlier });
      }
      if (!request.body) throw badRequest('VALIDATION_FAILED', 'Liên kết không hợp lệ: cần địa chỉ (url) và tên (name).', [{ field: 'url', message: 'Bắt buộc' }, { field: 'name', message: 'Bắt buộc' }]);
      return reply.status(201).send({ ...present(await addEvidenceLink(ctx, request.params.id, request.body)), duplicateOf: null });
    },
  );

  app.get('/api/occurrences/:id/evidence', { schema: { tags, summary: 'Tài liệu kiểm chứng của một kỳ', params: idParamsSchema, response: { 200: z.object({ items: z.array(evidenceSchema) }), ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const o = await readableOccurrence(ctx, request.params.id);
    return { items: (await listEvidence(ctx.db, o.id)).map(present) };
  });

  app.get('/api/evidence/:id', { schema: { tags, summary: 'Một tài liệu kiểm chứng, như trong danh sách của kỳ', params: idParamsSchema, response: { 200: evidenceSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const evidence = await findEvidence(ctx.db, request.params.id);
    if (!evidence) throw evidenceNotFound();
    await readableOccurrence(ctx, evidence.occurrence_id, evidenceNotFound);
    return present(evidence);
  });

  app.delete(
    '/api/evidence/:id',
    { schema: { tags, summary: 'Gỡ tài liệu kiểm chứng (được đến khi kỳ được duyệt hoàn thành)', params: idParamsSchema, response: { 200: z.object({ removed: z.literal(true) }), ...errors } } },
    async (request) => {
      await removeEvidence(commandContext(request), filesDir, request.params.id);
      return { removed: true as const };
    },
  );

  app.get('/api/evidence/:id/file', { schema: { tags, summary: 'Tải tệp kiểm chứng', params: idParamsSchema } }, async (request, reply) => {
    const ctx = commandContext(request);
    const evidence = await findEvidence(ctx.db, request.params.id);
    if (!evidence?.storage_key) throw evidenceNotFound();
    // Another body's file is not there for this person: not even "its period is not found", which would tell the id exists.
    await readableOccurrence(ctx, evidence.occurrence_id, evidenceNotFound);
    return reply
      .header('content-type', evidence.media_type ?? 'application/octet-stream')
      .header('content-disposition', contentDisposition(evidence.name))
      .header('cache-control', 'private, no-store')
      .send(createReadStream(join(filesDir, evidence.storage_key)));
  });
};
