import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IMAGE_TYPES, type UploadRule } from '../../domain/files/upload-rules';
import { EVIDENCE_FILES } from '../../domain/occurrences/evidence-files';
import { deleteMediaFile, findMediaFile, insertMediaFile, type MediaFileRow } from '../../db/repositories/media-files';
import { insertMediaEvent, updateMediaItem } from '../../db/repositories/media-items';
import { nowIso } from '../../db/ids';
import { notFound } from '../errors';
import { withStoredUpload, type Upload } from '../files/store-upload';
import { loadEditableItem } from './update-media-item';
import { inTransaction, type CommandContext } from './transaction';

export type MediaFileKind = 'image' | 'attachment';

/** Photos for the item and its page, up to 5 MB; attachments are taken like evidence of the work. */
export const MEDIA_FILE_RULES: Record<MediaFileKind, UploadRule> = {
  image: { maxBytes: 5 * 1024 * 1024, types: IMAGE_TYPES, acceptedText: 'Ảnh chỉ nhận tệp JPG, PNG, WebP hoặc GIF.' },
  attachment: EVIDENCE_FILES,
};

export const MAX_MEDIA_FILE_BYTES = Math.max(...Object.values(MEDIA_FILE_RULES).map((r) => r.maxBytes));

const KIND_VI: Record<MediaFileKind, string> = { image: 'ảnh', attachment: 'tệp đính kèm' };

/** Adds an image or attachment to an item the caller may edit now; its first image becomes its cover. */
export async function addMediaFile(ctx: CommandContext, filesDir: string, itemId: string, kind: MediaFileKind, upload: Upload): Promise<MediaFileRow> {
  await loadEditableItem(ctx.db, ctx.actor, itemId);
  return withStoredUpload(filesDir, upload, MEDIA_FILE_RULES[kind], (stored) =>
    inTransaction(ctx, async (tx) => {
      // Checked again inside: the item may have moved on while the file streamed.
      const item = await loadEditableItem(tx.db, ctx.actor, itemId);
      const now = nowIso();
      const row: MediaFileRow = { id: stored.id, item_id: item.id, kind, name: stored.name, media_type: stored.mediaType, size: stored.size, storage_key: stored.storageKey, created_by: ctx.actor.userId, created_at: now };
      await insertMediaFile(tx.db, row);
      await updateMediaItem(tx.db, item.id, { updated_at: now, ...(kind === 'image' && !item.cover_file_id ? { cover_file_id: row.id } : {}) });
      await insertMediaEvent(tx.db, { item_id: item.id, at: now, actor_id: ctx.actor.userId, actor_name: ctx.audit.actor?.fullName ?? null, kind: 'edit', from_state: item.state, to_state: item.state, comment: `Thêm ${KIND_VI[kind]} "${row.name}"` });
      await tx.audit({ organization: { id: item.organization_id, path: item.org_path }, action: 'media.file_add', entityType: 'media_item', entityId: item.id, summary: `Thêm ${KIND_VI[kind]} "${row.name}" vào tin bài "${item.title}"`, after: { fileId: row.id, name: row.name, size: row.size } });
      return row;
    }),
  );
}

export const mediaFileNotFound = () => notFound('MEDIA_FILE_NOT_FOUND', 'Không tìm thấy tệp.');

/** Removes a file from an item the caller may edit now; the stored bytes go once the removal is committed. */
export async function removeMediaFile(ctx: CommandContext, filesDir: string, itemId: string, fileId: string): Promise<void> {
  const removed = await inTransaction(ctx, async (tx) => {
    const item = await loadEditableItem(tx.db, ctx.actor, itemId);
    const file = await findMediaFile(tx.db, item.id, fileId);
    if (!file) throw mediaFileNotFound();
    const now = nowIso();
    await deleteMediaFile(tx.db, file.id);
    await updateMediaItem(tx.db, item.id, { updated_at: now, ...(item.cover_file_id === file.id ? { cover_file_id: null } : {}) });
    await insertMediaEvent(tx.db, { item_id: item.id, at: now, actor_id: ctx.actor.userId, actor_name: ctx.audit.actor?.fullName ?? null, kind: 'edit', from_state: item.state, to_state: item.state, comment: `Xoá ${KIND_VI[file.kind as MediaFileKind]} "${file.name}"` });
    await tx.audit({ organization: { id: item.organization_id, path: item.org_path }, action: 'media.file_remove', entityType: 'media_item', entityId: item.id, summary: `Xoá tệp "${file.name}" khỏi tin bài "${item.title}"`, before: { fileId: file.id, name: file.name } });
    return file;
  });
  await rm(join(filesDir, removed.storage_key), { force: true });
}
