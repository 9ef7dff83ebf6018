import { newId, nowIso } from '../../db/ids';
import { findProcedureByCode, insertProcedure, insertProcedureEvent, procedureSearchText, updateProcedure, type ProcedureInContext, type ProcedureRow } from '../../db/repositories/procedures';
import type { CreateProcedureInput, UpdateProcedureInput } from '../../shared/schemas/procedures';
import { conflict } from '../errors';
import { loadAuthorizedBody } from './load-organization';
import { loadProcedure } from './procedure-access';
import { checkUnitsOfBody, contentColumns } from './procedure-content';
import { registerCitedDocuments } from './register-cited-documents';
import { inTransaction, type CommandContext } from './transaction';

const codeTaken = (code: string) => conflict('PROCEDURE_CODE_TAKEN', `Đơn vị đã có thủ tục mã ${code}.`, [{ field: 'code', message: 'Đã có' }]);

/** The body a new procedure goes to: the one named, else the caller's own where they keep procedures. */
function bodyIdFor(ctx: CommandContext, organizationId: string | undefined): string {
  return organizationId ?? ctx.actor.grants.find((g) => g.role === 'coordinator' || g.role === 'director')?.bodyId ?? ctx.actor.grants[0]?.bodyId ?? '';
}

/**
 * Adds a procedure to a body's registry with its first event, "issued" by the deciding document from
 * the day given; documents its legal basis and decision cite join the legal-document registry.
 */
export async function createProcedure(ctx: CommandContext, input: CreateProcedureInput): Promise<ProcedureRow> {
  const body = await loadAuthorizedBody(ctx.db, ctx.actor, bodyIdFor(ctx, input.organizationId), 'procedure.manage');
  const { issued, organizationId: _, ...content } = input;
  await checkUnitsOfBody(ctx.db, body.id, content);
  if (await findProcedureByCode(ctx.db, body.id, content.code)) throw codeTaken(content.code);
  const now = nowIso();
  const columns = contentColumns(content);
  const row: ProcedureRow = {
    id: newId(),
    organization_id: body.id,
    scope: content.scope,
    code: content.code,
    name: content.name,
    field: content.field,
    level: content.level,
    applicants: null,
    conditions: null,
    steps_json: '[]',
    dossier_json: '[]',
    processing_time_json: null,
    fees_json: '[]',
    result: null,
    legal_basis: null,
    legal_basis_codes_json: '[]',
    receiving_places_json: '[]',
    online_level: content.onlineLevel,
    responsible_unit_id: null,
    ...columns,
    version: 1,
    content_changed_at: now,
    search_folded: '',
    created_by: ctx.actor.userId,
    created_at: now,
    updated_at: now,
  };
  row.search_folded = procedureSearchText(row);
  return inTransaction(ctx, async (tx) => {
    await insertProcedure(tx.db, row);
    await insertProcedureEvent(tx.db, {
      id: newId(),
      procedure_id: row.id,
      kind: 'issued',
      effective_on: issued.effectiveOn,
      deciding_document: issued.decidingDocument || null,
      replaced_by_id: null,
      note: issued.note || null,
      created_by: ctx.actor.userId,
      created_by_name: ctx.audit.actor?.fullName ?? null,
      created_at: now,
    });
    await registerCitedDocuments(tx.db, [row.legal_basis, issued.decidingDocument].filter(Boolean).join('\n'), body.id);
    await tx.audit({ organization: { id: body.id, path: body.path }, action: 'procedure.create', entityType: 'procedure', entityId: row.id, summary: `Thêm thủ tục ${row.code} — ${row.name}`, after: { code: row.code, name: row.name, scope: row.scope } });
    return row;
  });
}

/**
 * Corrects a procedure's content. A change of what it says gives it a new version, so it shows as stale
 * until it is posted again; a request that changes nothing changes nothing, not even the version.
 */
export async function updateProcedureContent(ctx: CommandContext, id: string, input: UpdateProcedureInput): Promise<ProcedureInContext> {
  const before = await loadProcedure(ctx.db, ctx.actor, id, 'procedure.manage');
  await checkUnitsOfBody(ctx.db, before.organization_id, input);
  const columns = contentColumns(input);
  const changed = Object.fromEntries(Object.entries(columns).filter(([k, v]) => before[k as keyof ProcedureRow] !== v));
  if (Object.keys(changed).length === 0) return before;
  if (columns.code && columns.code !== before.code && (await findProcedureByCode(ctx.db, before.organization_id, columns.code))) throw codeTaken(columns.code);
  const now = nowIso();
  const after = { ...before, ...changed };
  await inTransaction(ctx, async (tx) => {
    await updateProcedure(tx.db, id, { ...changed, version: before.version + 1, content_changed_at: now, updated_at: now, search_folded: procedureSearchText(after) });
    if (changed.legal_basis) await registerCitedDocuments(tx.db, String(changed.legal_basis), before.organization_id);
    await tx.audit({
      organization: { id: before.organization_id, path: before.org_path },
      action: 'procedure.update',
      entityType: 'procedure',
      entityId: id,
      summary: `Sửa thủ tục ${after.code} (phiên bản ${before.version + 1}): ${Object.keys(changed).map((k) => k.replace(/_json$/, '')).join(', ')}`,
      before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof ProcedureRow]])),
      after: changed,
    });
  });
  return loadProcedure(ctx.db, ctx.actor, id);
}
