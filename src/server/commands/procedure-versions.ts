import { nowIso } from '../../db/ids';
import { lastPostedVersion, updateProcedure, type ProcedureRow } from '../../db/repositories/procedures';
import { notifyProceduresStale } from './notify-steps';
import type { CommandContext, Tx } from './transaction';

/**
 * A change of what citizens read (content, a form, an amending decision) gives the procedure a new
 * version inside the caller's transaction. Answers whether the change made stale a procedure that was
 * posted as it stood: then the board shows an old text, and someone must be told.
 */
export async function newProcedureVersion(tx: Tx, procedure: ProcedureRow, changes: Partial<ProcedureRow> = {}): Promise<boolean> {
  const now = nowIso();
  await updateProcedure(tx.db, procedure.id, { ...changes, version: procedure.version + 1, content_changed_at: now, updated_at: now });
  const posted = await lastPostedVersion(tx.db, procedure.id);
  return posted !== null && posted >= procedure.version;
}

/** One procedure changed: a new version, and its editors told when the posted copy is now out of date. */
export async function changeProcedureVersion(tx: Tx, ctx: CommandContext, procedure: ProcedureRow, changes: Partial<ProcedureRow> = {}): Promise<void> {
  if (await newProcedureVersion(tx, procedure, changes)) {
    await notifyProceduresStale(tx, ctx, procedure.organization_id, [{ id: procedure.id, code: changes.code ?? procedure.code, name: changes.name ?? procedure.name }]);
  }
}
