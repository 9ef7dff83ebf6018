import { mkdir, open, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { evidenceFileProblem, extensionOf, MAX_EVIDENCE_BYTES, MEDIA_TYPES } from '../../domain/occurrences/evidence-files';
import { insertEvidence, type EvidenceRow } from '../../db/repositories/evidence';
import { newId, nowIso } from '../../db/ids';
import { findOccurrenceInContext, type OccurrenceInContext } from '../../db/repositories/occurrences';
import { AppError, badRequest, forbidden } from '../errors';
import { can } from '../policies';
import { canUpdateOccurrence, coordinatingOrganizations } from './occurrence-access';
import { inTransaction, type CommandContext } from './transaction';
import { occurrenceNotFound } from './update-occurrence';

async function loadForEvidence(ctx: CommandContext, occurrenceId: string): Promise<OccurrenceInContext> {
  const o = await findOccurrenceInContext(ctx.db, occurrenceId);
  if (!o || !can(ctx.actor, 'plan.read', { id: o.organization_id, path: o.org_path, bodyId: o.org_body_id })) throw occurrenceNotFound();
  if (!canUpdateOccurrence(ctx.actor, o, await coordinatingOrganizations(ctx.db, o))) throw forbidden('Chỉ khoa, phòng chủ trì hoặc phối hợp mới thêm được tài liệu kiểm chứng.');
  return o;
}

/**
 * Stores an uploaded evidence file outside the web root, checking its type by name and first bytes
 * and its size while it streams; the file is removed again if anything after it fails.
 */
export async function addEvidenceFile(ctx: CommandContext, filesDir: string, occurrenceId: string, file: { filename: string; stream: Readable; truncated?: () => boolean }): Promise<EvidenceRow> {
  const occurrence = await loadForEvidence(ctx, occurrenceId);
  const id = newId();
  const extension = extensionOf(file.filename);
  const storageKey = `${new Date().getUTCFullYear()}/${id}.${extension || 'bin'}`;
  const path = join(filesDir, storageKey);
  await mkdir(dirname(path), { recursive: true });
  let size = 0;
  let head = new Uint8Array(0);
  const inspect = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > MAX_EVIDENCE_BYTES) return done(new AppError(413, 'FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`));
      if (head.length < 8) head = new Uint8Array([...head, ...chunk.subarray(0, 8 - head.length)]);
      done(null, chunk);
    },
  });
  // Opened before streaming, so the file exists when a failure removes it (a lazily opened stream
  // could create it after the clean-up ran).
  const handle = await open(path, 'wx');
  try {
    await pipeline(file.stream, inspect, handle.createWriteStream());
    if (file.truncated?.()) throw new AppError(413, 'FILE_TOO_LARGE', `Tệp lớn hơn ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`);
    if (size === 0) throw badRequest('FILE_EMPTY', 'Tệp rỗng.');
    const problem = evidenceFileProblem(file.filename, head);
    if (problem) {
      throw badRequest(problem, problem === 'TYPE_NOT_ALLOWED' ? 'Chỉ nhận tệp PDF, Word, Excel, PowerPoint, ảnh JPG/PNG hoặc ZIP.' : 'Nội dung tệp không đúng với đuôi tên tệp.', [{ field: 'file', message: 'Không hợp lệ' }]);
    }
    return await inTransaction(ctx, async (tx) => {
      const row: EvidenceRow = {
        id,
        occurrence_id: occurrence.id,
        kind: 'file',
        name: file.filename.slice(0, 255),
        media_type: MEDIA_TYPES[extension] ?? null,
        size,
        storage_key: storageKey,
        url: null,
        created_by: ctx.actor.userId,
        created_by_name: ctx.audit.actor?.fullName ?? null,
        created_at: nowIso(),
      };
      await insertEvidence(tx.db, row);
      await tx.audit({ organization: { id: occurrence.organization_id, path: occurrence.org_path }, action: 'evidence.add', entityType: 'occurrence', entityId: occurrence.id, summary: `Thêm tài liệu kiểm chứng "${row.name}"`, after: { name: row.name, size } });
      return row;
    });
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}

export async function addEvidenceLink(ctx: CommandContext, occurrenceId: string, link: { url: string; name: string }): Promise<EvidenceRow> {
  const occurrence = await loadForEvidence(ctx, occurrenceId);
  return inTransaction(ctx, async (tx) => {
    const row: EvidenceRow = { id: newId(), occurrence_id: occurrence.id, kind: 'link', name: link.name, media_type: null, size: null, storage_key: null, url: link.url, created_by: ctx.actor.userId, created_by_name: ctx.audit.actor?.fullName ?? null, created_at: nowIso() };
    await insertEvidence(tx.db, row);
    await tx.audit({ organization: { id: occurrence.organization_id, path: occurrence.org_path }, action: 'evidence.add', entityType: 'occurrence', entityId: occurrence.id, summary: `Thêm liên kết kiểm chứng "${row.name}"`, after: { name: row.name, url: row.url } });
    return row;
  });
}
