import type { z } from 'zod';
import { grantsWith } from '../../domain/access/actor';
import { newId, nowIso } from '../../db/ids';
import { findOrganization } from '../../db/repositories/organizations';
import {
  findLegalDocument,
  findLegalDocumentsByCodes,
  insertLegalDocument,
  legalDocumentSearchText,
  updateLegalDocument,
  type LegalDocumentRow,
} from '../../db/repositories/legal-documents';
import type { createLegalDocumentSchema, updateLegalDocumentSchema } from '../../shared/schemas/legal-documents';
import { ACTIONS } from '../policies/rules';
import { conflict, forbidden, notFound } from '../errors';
import { can } from '../policies';
import { inTransaction, type CommandContext } from './transaction';

export const legalDocumentNotFound = () => notFound('LEGAL_DOCUMENT_NOT_FOUND', 'Không tìm thấy văn bản.');
const codeTaken = (code: string) => conflict('LEGAL_DOCUMENT_EXISTS', `Văn bản số ${code} đã có trong danh mục.`, [{ field: 'code', message: 'Đã có' }]);

/** Whether the actor may correct an entry: someone who manages the registry at the body that added it. */
export async function canUpdateLegalDocument(ctx: Pick<CommandContext, 'db' | 'actor'>, row: LegalDocumentRow): Promise<boolean> {
  const owner = row.created_by_org_id ? await findOrganization(ctx.db, row.created_by_org_id) : undefined;
  return !!owner && can(ctx.actor, 'legal_document.manage', { id: owner.id, path: owner.path, bodyId: owner.body_id });
}

export async function createLegalDocument(ctx: CommandContext, input: z.infer<typeof createLegalDocumentSchema>): Promise<LegalDocumentRow> {
  const grant = grantsWith(ctx.actor, ACTIONS['legal_document.manage'])[0];
  if (!grant) throw forbidden('Chỉ quản trị hoặc đầu mối CCHC mới thêm được văn bản vào danh mục.');
  return inTransaction(ctx, async (tx) => {
    if ((await findLegalDocumentsByCodes(tx.db, [input.code])).length > 0) throw codeTaken(input.code);
    const now = nowIso();
    const row: LegalDocumentRow = {
      id: newId(),
      kind: input.kind,
      code: input.code,
      issued_on: input.issuedOn ?? null,
      issuer: input.issuer ?? null,
      summary: input.summary ?? null,
      url: input.url ?? null,
      search_folded: '',
      created_by_org_id: grant.bodyId,
      created_at: now,
      updated_at: now,
    };
    row.search_folded = legalDocumentSearchText(row);
    await insertLegalDocument(tx.db, row);
    await tx.audit({ organization: { id: grant.bodyId, path: grant.bodyPath }, action: 'legal_document.create', entityType: 'legal_document', entityId: row.id, summary: `Thêm văn bản ${row.code}`, after: row });
    return row;
  });
}

export async function updateLegalDocumentDetails(ctx: CommandContext, id: string, input: z.infer<typeof updateLegalDocumentSchema>): Promise<LegalDocumentRow> {
  return inTransaction(ctx, async (tx) => {
    const before = await findLegalDocument(tx.db, id);
    if (!before) throw legalDocumentNotFound();
    if (!(await canUpdateLegalDocument({ db: tx.db, actor: ctx.actor }, before))) throw forbidden('Chỉ đơn vị đã thêm văn bản này mới sửa được.');
    if (input.code && input.code !== before.code && (await findLegalDocumentsByCodes(tx.db, [input.code])).length > 0) throw codeTaken(input.code);
    await updateLegalDocument(tx.db, before, {
      kind: input.kind,
      code: input.code,
      issued_on: input.issuedOn,
      issuer: input.issuer,
      summary: input.summary,
      url: input.url,
    });
    const after = (await findLegalDocument(tx.db, id))!;
    const owner = (await findOrganization(tx.db, before.created_by_org_id!))!;
    await tx.audit({ organization: { id: owner.id, path: owner.path }, action: 'legal_document.update', entityType: 'legal_document', entityId: id, summary: `Sửa văn bản ${after.code}`, before, after });
    return after;
  });
}
