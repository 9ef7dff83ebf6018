import { formatDateVi } from '../../domain/schedule';
import { todayInVietnam } from '../../domain/calendar/lateness';
import { POSTING_PROOF_FILES } from '../../domain/procedures';
import { newId, nowIso } from '../../db/ids';
import { insertPosting, insertProcedureFile, type ProcedureFileRow, type ProcedurePostingRow } from '../../db/repositories/procedures';
import { POSTING_PLACE_LABELS_VI } from '../../shared/procedure-vocabulary';
import type { AddPostingInput } from '../../shared/schemas/procedures';
import { badRequest } from '../errors';
import { withStoredUpload, type Upload } from '../files/store-upload';
import { loadProcedure } from './procedure-access';
import { inTransaction, type CommandContext, type Tx } from './transaction';

/**
 * Records that a procedure was posted (niêm yết) at a place on a day, with a photo or a link as proof.
 * The posting puts up the procedure as it stands now (its current version), so it is no longer stale.
 */
export async function addPosting(ctx: CommandContext, id: string, input: AddPostingInput, photo?: { filesDir: string; upload: Upload }): Promise<ProcedurePostingRow> {
  const procedure = await loadProcedure(ctx.db, ctx.actor, id, 'procedure.post');
  const today = todayInVietnam(new Date());
  if (input.postedOn > today) throw badRequest('VALIDATION_FAILED', `Ngày niêm yết không thể sau hôm nay (${formatDateVi(today)}).`, [{ field: 'postedOn', message: 'Sau hôm nay' }]);
  const record = async (tx: Tx, proof: ProcedureFileRow | null) => {
    const row: ProcedurePostingRow = {
      id: newId(),
      procedure_id: id,
      place: input.place,
      posted_on: input.postedOn,
      version: procedure.version,
      proof_url: input.proofUrl || null,
      proof_file_id: proof?.id ?? null,
      note: input.note || null,
      posted_by: ctx.actor.userId,
      posted_by_name: ctx.audit.actor?.fullName ?? null,
      created_at: nowIso(),
    };
    if (proof) await insertProcedureFile(tx.db, proof);
    await insertPosting(tx.db, row);
    await tx.audit({
      organization: { id: procedure.organization_id, path: procedure.org_path },
      action: 'procedure.post',
      entityType: 'procedure',
      entityId: id,
      summary: `Niêm yết thủ tục ${procedure.code} (phiên bản ${procedure.version}) tại ${POSTING_PLACE_LABELS_VI[input.place].toLowerCase()} ngày ${formatDateVi(input.postedOn)}`,
      after: { place: row.place, postedOn: row.posted_on, version: row.version, proofUrl: row.proof_url, proofFile: proof?.name ?? null },
    });
    return row;
  };
  if (!photo) return inTransaction(ctx, (tx) => record(tx, null));
  return withStoredUpload(photo.filesDir, photo.upload, POSTING_PROOF_FILES, (stored) =>
    inTransaction(ctx, (tx) =>
      record(tx, { id: stored.id, procedure_id: id, purpose: 'proof', name: stored.name, media_type: stored.mediaType, size: stored.size, storage_key: stored.storageKey, sha256: stored.sha256, created_by: ctx.actor.userId, created_at: nowIso() }),
    ),
  );
}
