import { FORM_FILES } from '../../domain/procedures';
import { nowIso } from '../../db/ids';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deleteProcedureFile, fileUsedAsProof, findProcedureFile, insertProcedureFile, type ProcedureFileRow } from '../../db/repositories/procedures';
import { conflict, notFound } from '../errors';
import { withStoredUpload, type Upload } from '../files/store-upload';
import { loadProcedure } from './procedure-access';
import { changeProcedureVersion } from './procedure-versions';
import { inTransaction, type CommandContext } from './transaction';

export const procedureFileNotFound = () => notFound('PROCEDURE_FILE_NOT_FOUND', 'Không tìm thấy tệp.');

/** Adds a form citizens download with the procedure. A new form is a change of what is posted: the procedure gets a new version. */
export async function addProcedureForm(ctx: CommandContext, filesDir: string, id: string, file: Upload): Promise<ProcedureFileRow> {
  const procedure = await loadProcedure(ctx.db, ctx.actor, id, 'procedure.manage');
  return withStoredUpload(filesDir, file, FORM_FILES, (stored) =>
    inTransaction(ctx, async (tx) => {
      const now = nowIso();
      const row: ProcedureFileRow = { id: stored.id, procedure_id: id, purpose: 'form', name: stored.name, media_type: stored.mediaType, size: stored.size, storage_key: stored.storageKey, sha256: stored.sha256, created_by: ctx.actor.userId, created_at: now };
      await insertProcedureFile(tx.db, row);
      await changeProcedureVersion(tx, ctx, procedure);
      await tx.audit({ organization: { id: procedure.organization_id, path: procedure.org_path }, action: 'procedure.form_add', entityType: 'procedure', entityId: id, summary: `Thêm biểu mẫu "${row.name}" vào thủ tục ${procedure.code}`, after: { name: row.name, size: row.size } });
      return row;
    }),
  );
}

/** Removes a form (never a posting's proof, which stays as the record of what was done); answers its procedure's id. */
export async function removeProcedureForm(ctx: CommandContext, filesDir: string, fileId: string): Promise<string> {
  const file = await findProcedureFile(ctx.db, fileId);
  if (!file) throw procedureFileNotFound();
  const procedure = await loadProcedure(ctx.db, ctx.actor, file.procedure_id, 'procedure.manage', procedureFileNotFound);
  if (file.purpose !== 'form' || (await fileUsedAsProof(ctx.db, fileId))) throw conflict('PROOF_FILE_KEPT', 'Ảnh minh chứng niêm yết được giữ lại làm hồ sơ, không gỡ được.');
  await inTransaction(ctx, async (tx) => {
    await deleteProcedureFile(tx.db, fileId);
    await changeProcedureVersion(tx, ctx, procedure);
    await tx.audit({ organization: { id: procedure.organization_id, path: procedure.org_path }, action: 'procedure.form_remove', entityType: 'procedure', entityId: procedure.id, summary: `Gỡ biểu mẫu "${file.name}" khỏi thủ tục ${procedure.code}`, before: { name: file.name } });
  });
  await rm(join(filesDir, file.storage_key), { force: true });
  return procedure.id;
}
