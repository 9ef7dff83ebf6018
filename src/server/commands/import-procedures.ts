import { todayInVietnam } from '../../domain/calendar';
import { canonicalField, decidingCitation, importProblem, issuedOn, planImportRow, type ListedProcedure } from '../../domain/procedures/procedure-import';
import { formatDateVi } from '../../domain/schedule';
import { findLegalDocumentsByCodes } from '../../db/repositories/legal-documents';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { listProcedures, type ProcedureInContext } from '../../db/repositories/procedures';
import { PROCEDURE_LIST_COLUMN_LABELS_VI, type ProcedureListColumn } from '../../documents/xlsx/procedure-list-columns';
import { readProcedureListWorkbook } from '../../documents/xlsx/procedure-list-workbook';
import type { ProcedureLevel } from '../../shared/procedure-vocabulary';
import { importedProcedureSchema, type ApplyProcedureImport, type ProcedureImportPreviewDto, type ProcedureImportRowDto } from '../../shared/schemas/procedure-import';
import type { ProcedureRef } from '../../domain/notifications/workflow-events';
import { badRequest, conflict } from '../errors';
import { loadAuthorizedBody } from './load-organization';
import { bodyIdFor, insertNewProcedure, writeContentChange } from './manage-procedure';
import { notifyProceduresStale } from './notify-steps';
import { contentColumns } from './procedure-content';
import { refusedAsHttp } from './workbook-refusal';
import { inTransaction, type CommandContext } from './transaction';

/**
 * A list that does not say at which level its procedures are settled: a department of health's are the
 * province's, a hospital's or centre's are its own.
 */
const defaultLevel = (body: OrganizationRow): ProcedureLevel => (body.parent_id ? 'body' : 'province');

const today = () => todayInVietnam(new Date());

/**
 * What importing an uploaded list of procedures into the body's registry would do, row by row: add,
 * correct the name or field, leave as it is, or the problems to fix first. Saves nothing.
 */
export async function previewProcedureImport(ctx: CommandContext, bytes: Buffer, organizationId?: string): Promise<ProcedureImportPreviewDto> {
  // Who may import is settled before the file is read: reading it is the expensive part.
  const body = await loadAuthorizedBody(ctx.db, ctx.actor, bodyIdFor(ctx, organizationId), 'procedure.manage');
  const listed = await refusedAsHttp(readProcedureListWorkbook(bytes));
  const existing = await listProcedures(ctx.db, { organizationIds: [body.id] });
  const registered = await registeredDocuments(ctx, listed);
  const match = matcher(existing);
  const day = today();
  const rows = listed.map((r) => previewRow(r, match, defaultLevel(body), registered, day));
  const count = (action: ProcedureImportRowDto['action']) => rows.filter((r) => r.action === action).length;
  return {
    organization: { id: body.id, code: body.code, name: body.name },
    rows,
    counts: { create: count('create'), update: count('update'), unchanged: count('unchanged'), error: count('error') },
  };
}

/** The body's procedures by code, and its fields as it spells them. */
function matcher(existing: readonly ProcedureInContext[]) {
  const byCode = new Map(existing.map((p) => [p.code, p]));
  const fields = [...new Set(existing.map((p) => p.field))];
  return { byCode, field: (field: string) => canonicalField(field, fields) };
}

/** The registry's entries for the documents the deciding texts cite, by code. */
async function registeredDocuments(ctx: CommandContext, listed: readonly ListedProcedure[]): Promise<Map<string, string>> {
  const codes = [...new Set(listed.map((r) => decidingCitation(r.decidingDocument)?.code).filter((c): c is string => !!c))];
  return new Map((await findLegalDocumentsByCodes(ctx.db, codes)).map((d) => [d.code, d.id]));
}

function previewRow(r: ListedProcedure, match: ReturnType<typeof matcher>, level: ProcedureLevel, registered: Map<string, string>, day: string): ProcedureImportRowDto {
  const candidate = {
    code: r.code,
    name: r.name,
    field: r.field && match.field(r.field),
    level: r.level ?? level,
    processingTime: r.processingTime,
    fees: r.fees ?? [],
    legalBasis: r.legalBasis,
    decidingDocument: r.decidingDocument,
  };
  const problems = [...r.problems];
  // The rules of adding a procedure by hand, worded with the column of the list they concern.
  const checked = problems.length ? undefined : importedProcedureSchema.safeParse(candidate);
  if (checked && !checked.success) {
    for (const issue of checked.error.issues) problems.push(importProblem('INVALID_VALUE', `${PROCEDURE_LIST_COLUMN_LABELS_VI[issue.path[0] as ProcedureListColumn] ?? String(issue.path[0])}: ${issue.message}`));
  }
  const existing = candidate.code ? match.byCode.get(candidate.code) : undefined;
  const planned = problems.length ? { action: 'error' as const, changes: [] } : planImportRow(existing, { name: candidate.name!, field: candidate.field! });
  const citation = decidingCitation(r.decidingDocument);
  const issued = planned.action === 'create' ? issuedOn(r.decidingDocument, day) : null;
  return {
    row: r.row,
    action: planned.action,
    ...candidate,
    recognisedDocument: citation && { kind: citation.kind, code: citation.code, date: citation.date, issuer: citation.issuer, id: registered.get(citation.code) ?? null },
    effectiveOn: issued?.effectiveOn ?? null,
    effectiveOnFromDocument: issued?.dated ?? false,
    procedureId: existing?.id ?? null,
    changes: planned.changes,
    problems,
  };
}

/**
 * Imports the rows a person confirmed after the preview, all in one transaction: new procedures with their
 * "issued" event (from the deciding document's date when it gives one, else today), corrections of name and
 * field as new versions. The rows are checked again here; if the registry changed since the preview so that
 * a row would now do something else, nothing is saved (409) and the person previews again.
 */
export async function applyProcedureImport(ctx: CommandContext, input: ApplyProcedureImport): Promise<{ created: number; updated: number }> {
  const body = await loadAuthorizedBody(ctx.db, ctx.actor, bodyIdFor(ctx, input.organizationId), 'procedure.manage');
  const codes = input.rows.map((r) => r.code);
  const repeated = input.rows.filter((r, i) => codes.indexOf(r.code) !== i);
  if (repeated.length) {
    throw badRequest('DUPLICATE_CODE', 'Mỗi mã thủ tục chỉ được có một dòng trong mỗi lần nhập.', repeated.map((r) => ({ row: r.row ?? null, code: r.code })));
  }
  const day = today();
  return inTransaction(ctx, async (tx) => {
    const match = matcher(await listProcedures(tx.db, { organizationIds: [body.id] }));
    const planned = input.rows.map((r) => {
      const field = match.field(r.field);
      const existing = match.byCode.get(r.code);
      return { ...r, field, existing, now: planImportRow(existing, { name: r.name, field }).action };
    });
    const stale = planned.filter((r) => r.now !== r.action);
    if (stale.length) {
      throw conflict(
        'IMPORT_STALE',
        'Danh mục thủ tục của đơn vị đã thay đổi sau khi bạn xem trước nên chưa lưu thủ tục nào; hãy tải tệp lên để xem trước lần nữa.',
        stale.map((r) => ({ row: r.row ?? null, code: r.code, previewed: r.action, now: r.now })),
      );
    }
    const staleNow: ProcedureRef[] = [];
    for (const r of planned) {
      if (r.existing) {
        const columns = contentColumns({ name: r.name, field: r.field });
        const changed = Object.fromEntries(Object.entries(columns).filter(([k, v]) => r.existing![k as keyof ProcedureInContext] !== v));
        if (await writeContentChange(tx, ctx, r.existing, changed)) staleNow.push({ id: r.existing.id, code: r.existing.code, name: String(changed.name ?? r.existing.name) });
        continue;
      }
      const issued = issuedOn(r.decidingDocument, day);
      await insertNewProcedure(tx, ctx, body, {
        scope: 'public',
        code: r.code,
        name: r.name,
        field: r.field,
        level: r.level,
        steps: [],
        dossier: [],
        processingTime: r.processingTime,
        fees: r.fees,
        legalBasis: r.legalBasis,
        receivingPlaces: [],
        onlineLevel: 'none',
        issued: {
          effectiveOn: issued.effectiveOn,
          decidingDocument: r.decidingDocument,
          note: `Nhập từ danh mục Excel ngày ${formatDateVi(day)}${issued.dated ? '' : '; quyết định công bố không ghi ngày nên tính hiệu lực từ ngày nhập'}.`,
        },
      });
    }
    // One notice for the whole list, however many posted procedures it changed.
    await notifyProceduresStale(tx, ctx, body.id, staleNow);
    const created = planned.filter((r) => !r.existing).length;
    const updated = planned.length - created;
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: 'procedure.import',
      entityType: 'organization',
      entityId: body.id,
      summary: `Nhập danh mục thủ tục từ Excel: thêm ${created}, sửa ${updated} thủ tục`,
      after: { created: planned.filter((r) => !r.existing).map((r) => r.code), updated: planned.filter((r) => r.existing).map((r) => r.code) },
    });
    return { created, updated };
  });
}
