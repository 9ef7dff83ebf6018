import { formatDateVi } from '../../domain/schedule';
import { CHANGES_CONTENT } from '../../domain/procedures';
import { newId, nowIso } from '../../db/ids';
import { findProcedure, insertProcedureEvent, type ProcedureEventRow } from '../../db/repositories/procedures';
import { PROCEDURE_EVENT_LABELS_VI } from '../../shared/procedure-vocabulary';
import type { AddProcedureEventInput } from '../../shared/schemas/procedures';
import { badRequest } from '../errors';
import { changeProcedureVersion } from './procedure-versions';
import { loadProcedure } from './procedure-access';
import { registerCitedDocuments } from './register-cited-documents';
import { inTransaction, type CommandContext } from './transaction';

/**
 * Records what a deciding document did to a procedure, from the day it takes effect. Amending or
 * supplementing changes what citizens must do, so the procedure gets a new version and is stale until
 * posted again; replacing names its successor in the same body.
 */
export async function addProcedureEvent(ctx: CommandContext, id: string, input: AddProcedureEventInput): Promise<ProcedureEventRow> {
  const procedure = await loadProcedure(ctx.db, ctx.actor, id, 'procedure.manage');
  if (input.kind === 'replaced') {
    const successor = input.replacedById ? await findProcedure(ctx.db, input.replacedById) : undefined;
    if (!successor || successor.organization_id !== procedure.organization_id || successor.id === procedure.id) {
      throw badRequest('VALIDATION_FAILED', 'Thủ tục bị thay thế phải nêu thủ tục thay thế nó, là một thủ tục khác của cùng đơn vị.', [{ field: 'replacedById', message: 'Bắt buộc' }]);
    }
  } else if (input.replacedById) {
    throw badRequest('VALIDATION_FAILED', 'Chỉ nêu thủ tục thay thế (replacedById) khi thủ tục bị thay thế.', [{ field: 'replacedById', message: 'Không dùng với loại này' }]);
  }
  const now = nowIso();
  const row: ProcedureEventRow = {
    id: newId(),
    procedure_id: id,
    kind: input.kind,
    effective_on: input.effectiveOn,
    deciding_document: input.decidingDocument || null,
    replaced_by_id: input.kind === 'replaced' ? input.replacedById! : null,
    note: input.note || null,
    created_by: ctx.actor.userId,
    created_by_name: ctx.audit.actor?.fullName ?? null,
    created_at: now,
  };
  const changesContent = CHANGES_CONTENT.has(input.kind);
  await inTransaction(ctx, async (tx) => {
    await insertProcedureEvent(tx.db, row);
    if (changesContent) await changeProcedureVersion(tx, ctx, procedure);
    if (row.deciding_document) await registerCitedDocuments(tx.db, row.deciding_document, procedure.organization_id);
    await tx.audit({
      organization: { id: procedure.organization_id, path: procedure.org_path },
      action: 'procedure.event',
      entityType: 'procedure',
      entityId: id,
      summary: `${PROCEDURE_EVENT_LABELS_VI[input.kind]} thủ tục ${procedure.code} từ ${formatDateVi(input.effectiveOn)}${row.deciding_document ? ` theo ${row.deciding_document}` : ''}`,
      after: { kind: row.kind, effectiveOn: row.effective_on, decidingDocument: row.deciding_document, replacedById: row.replaced_by_id },
    });
  });
  return row;
}
