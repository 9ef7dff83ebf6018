import { EVIDENCE_FILES } from '../../domain/occurrences/evidence-files';
import { findEvidenceByHash, insertEvidence, type EvidenceRow } from '../../db/repositories/evidence';
import { newId, nowIso } from '../../db/ids';
import { findOccurrenceInContext, type OccurrenceInContext } from '../../db/repositories/occurrences';
import { forbidden } from '../errors';
import { withStoredUpload, type Upload } from '../files/store-upload';
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

/** A stored file, and the same file attached to the occurrence before, if it was: the person is asked whether they meant to. */
export type AddedEvidenceFile = { row: EvidenceRow; duplicateOf: EvidenceRow | null };

/** Stores an uploaded evidence file and records it, in one go: the file is removed if the record fails. */
export async function addEvidenceFile(ctx: CommandContext, filesDir: string, occurrenceId: string, file: Upload): Promise<AddedEvidenceFile> {
  const occurrence = await loadForEvidence(ctx, occurrenceId);
  return withStoredUpload(filesDir, file, EVIDENCE_FILES, (stored) =>
    inTransaction(ctx, async (tx) => {
      const duplicateOf = (await findEvidenceByHash(tx.db, occurrence.id, stored.sha256)) ?? null;
      const row: EvidenceRow = {
        id: stored.id,
        occurrence_id: occurrence.id,
        kind: 'file',
        name: stored.name,
        media_type: stored.mediaType,
        size: stored.size,
        storage_key: stored.storageKey,
        url: null,
        created_by: ctx.actor.userId,
        created_by_name: ctx.audit.actor?.fullName ?? null,
        created_at: nowIso(),
        sha256: stored.sha256,
      };
      await insertEvidence(tx.db, row);
      await tx.audit({ organization: { id: occurrence.organization_id, path: occurrence.org_path }, action: 'evidence.add', entityType: 'occurrence', entityId: occurrence.id, summary: `Thêm tài liệu kiểm chứng "${row.name}"`, after: { name: row.name, size: row.size } });
      return { row, duplicateOf };
    }),
  );
}

export async function addEvidenceLink(ctx: CommandContext, occurrenceId: string, link: { url: string; name: string }): Promise<EvidenceRow> {
  const occurrence = await loadForEvidence(ctx, occurrenceId);
  return inTransaction(ctx, async (tx) => {
    const row: EvidenceRow = { id: newId(), occurrence_id: occurrence.id, kind: 'link', name: link.name, media_type: null, size: null, storage_key: null, url: link.url, created_by: ctx.actor.userId, created_by_name: ctx.audit.actor?.fullName ?? null, created_at: nowIso(), sha256: null };
    await insertEvidence(tx.db, row);
    await tx.audit({ organization: { id: occurrence.organization_id, path: occurrence.org_path }, action: 'evidence.add', entityType: 'occurrence', entityId: occurrence.id, summary: `Thêm liên kết kiểm chứng "${row.name}"`, after: { name: row.name, url: row.url } });
    return row;
  });
}
