import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findMediaFile } from '../../db/repositories/media-files';
import { errorResponseSchema, idSchema } from '../../shared/schemas/common';
import { mediaFileSchema } from '../../shared/schemas/media';
import { addMediaFile, MAX_MEDIA_FILE_BYTES, mediaFileNotFound, removeMediaFile, type MediaFileKind } from '../commands/add-media-file';
import { loadReadableItem } from '../commands/media-access';
import { commandContext } from '../deps';
import { badRequest } from '../errors';
import { contentDisposition } from '../http/content-disposition';
import { readUpload } from '../http/multipart-upload';
import { mediaFileUrl } from '../presenters/media-item';

const tags = ['media'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema };
const fileParamsSchema = z.object({ id: idSchema, fileId: idSchema });

/** The "kind" field sent before the file; without it an image file is taken as an image. */
function kindOf(kind: string | undefined, mimetype: string): MediaFileKind {
  if (kind === undefined) return mimetype.startsWith('image/') ? 'image' : 'attachment';
  if (kind === 'image' || kind === 'attachment') return kind;
  throw badRequest('VALIDATION_FAILED', 'Loại tệp (kind) chỉ nhận "image" (ảnh) hoặc "attachment" (tệp đính kèm).', [{ field: 'kind', message: 'Không hợp lệ' }]);
}

/** Images and attachments of an item: kept outside the web root, served to staff who may read the item. */
export const mediaItemFileRoutes: FastifyPluginAsyncZod = async (app) => {
  // One byte over the largest limit reaches our own check, which answers 413 and removes the partial file.
  await app.register(multipart, { limits: { fileSize: MAX_MEDIA_FILE_BYTES + 1, files: 1, fields: 5 } });
  const filesDir = join(app.deps.config.dataDir, 'files');

  app.post(
    '/api/media-items/:id/files',
    {
      config: { uploadOnly: true },
      schema: { tags, summary: 'Thêm ảnh hoặc tệp đính kèm (multipart: trường "kind" = image|attachment rồi trường "file")', params: z.object({ id: idSchema }), response: { 201: mediaFileSchema, ...errors } },
    },
    async (request, reply) => {
      const ctx = commandContext(request);
      const upload = request.isMultipart() ? await readUpload(request, ['kind']) : undefined;
      if (!upload) throw badRequest('FILE_REQUIRED', 'Hãy chọn tệp để tải lên.', [{ field: 'file', message: 'Bắt buộc' }]);
      const { file } = upload;
      let kind: MediaFileKind;
      try {
        kind = kindOf(upload.fields.kind, file.mimetype);
      } catch (error) {
        file.file.resume();
        throw error;
      }
      const row = await addMediaFile(ctx, filesDir, request.params.id, kind, { filename: file.filename, stream: upload.checkedStream(), truncated: () => file.file.truncated });
      return reply.status(201).send({ id: row.id, kind, name: row.name, mediaType: row.media_type, size: row.size, url: mediaFileUrl(row) });
    },
  );

  app.get('/api/media-items/:id/files/:fileId', { schema: { tags, summary: 'Tải ảnh, tệp đính kèm của tin bài', params: fileParamsSchema } }, async (request, reply) => {
    const ctx = commandContext(request);
    const item = await loadReadableItem(ctx.db, ctx.actor, request.params.id);
    const file = await findMediaFile(ctx.db, item.id, request.params.fileId);
    if (!file) throw mediaFileNotFound();
    return reply
      .header('content-type', file.media_type)
      .header('content-disposition', contentDisposition(file.name, file.kind === 'image' ? 'inline' : 'attachment'))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(createReadStream(join(filesDir, file.storage_key)));
  });

  app.delete('/api/media-items/:id/files/:fileId', { schema: { tags, summary: 'Xoá ảnh, tệp đính kèm khi tin bài còn được sửa', params: fileParamsSchema, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await removeMediaFile(commandContext(request), filesDir, request.params.id, request.params.fileId);
    return reply.status(204).send(null);
  });
};
