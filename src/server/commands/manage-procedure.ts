import { newId, nowIso } from '../../db/ids';
import { findProcedureByCode, insertProcedure, insertProcedureEvent, procedureSearchText, type ProcedureInContext, type ProcedureRow } from '../../db/repositories/procedures';
import type { CreateProcedureInput, UpdateProcedureInput } from '../../shared/schemas/procedures';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { conflict } from '../errors';
import { loadAuthorizedBody } from './load-organization';
import { notifyProceduresStale } from './notify-steps';
import { loadProcedure } from './procedure-access';
import { newProcedureVersion } from './procedure-versions';
import { checkUnitsOfBody, contentColumns } from './procedure-content';
import { registerCitedDocuments } from './register-cited-documents';
import { inTransaction, type CommandContext, type Tx } from './transaction';

const codeTaken = (code: string) => conflict('PROCEDURE_CODE_TAKEN', `Đơn vị đã có thủ tục mã ${code}.`, [{ field: 'code', message: 'Đã có' }]);

/** The body a new procedure goes to: the one named, else the caller's own where they keep procedures. */
export function bodyIdFor(ctx: CommandContext, organizationId: string | undefined): string {
  return organizationId ?? ctx.actor.grants.find((g) => g.role === 'coordinator' || g.role === 'director')?.bodyId ?? ctx.actor.grants[0]?.bodyId ?? '';
}

/**
 * Adds a procedure to a body's registry with its first event, "issued" by the deciding document from
 * the day given; documents its legal basis and decision cite join the legal-document registry.
 */
export async function createProcedure(ctx: CommandContext, input: CreateProcedureInput): Promise<ProcedureRow> {
  const body = await loadAuthorizedBody(ctx.db, ctx.actor, bodyIdFor(ctx, input.organizationId), 'procedure.manage');
  const { organizationId: _, ...rest } = input;
  await checkUnitsOfBody(ctx.db, body.id, rest);
  if (await findProcedureByCode(ctx.db, body.id, rest.code)) throw codeTaken(rest.code);
  return inTransaction(ctx, (tx) => insertNewProcedure(tx, ctx, body, rest));
}

/**
 * The writes of a new procedure inside the caller's transaction (adding one, importing a list): the row,
 * its "issued" event, the documents it cites, the audit entry. The caller has checked the body, its code
 * and its departments.
 */
export async function insertNewProcedure(tx: Tx, ctx: CommandContext, body: OrganizationRow, input: Omit<CreateProcedureInput, 'organizationId'>): Promise<ProcedureRow> {
  const { issued, ...content } = input;
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
  await inTransaction(ctx, async (tx) => {
    if (await writeContentChange(tx, ctx, before, changed)) await notifyProceduresStale(tx, ctx, before.organization_id, [{ id, code: String(changed.code ?? before.code), name: String(changed.name ?? before.name) }]);
  });
  return loadProcedure(ctx.db, ctx.actor, id);
}

/**
 * The writes of a content change inside the caller's transaction (correcting one, importing a list): a new
 * version, so the procedure is stale until posted again, the documents a new legal basis cites, the audit
 * entry. `changed` holds only columns whose value differs. Answers whether the posted copy is now out of
 * date, for the caller to tell the editors (once per request, however many it changed).
 */
export async function writeContentChange(tx: Tx, ctx: CommandContext, before: ProcedureInContext, changed: Partial<ProcedureRow>): Promise<boolean> {
  const after = { ...before, ...changed };
  const staleNow = await newProcedureVersion(tx, before, { ...changed, search_folded: procedureSearchText(after) });
  if (changed.legal_basis) await registerCitedDocuments(tx.db, String(changed.legal_basis), before.organization_id);
  await tx.audit({
    organization: { id: before.organization_id, path: before.org_path },
    action: 'procedure.update',
    entityType: 'procedure',
    entityId: before.id,
    summary: `Sửa thủ tục ${after.code} (phiên bản ${before.version + 1}): ${Object.keys(changed).map((k) => k.replace(/_json$/, '')).join(', ')}`,
    before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof ProcedureRow]])),
    after: changed,
  });
  return staleNow;
}
