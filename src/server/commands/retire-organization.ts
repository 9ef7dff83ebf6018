import { nowIso } from '../../db/ids';
import { deleteOrganization, findOrganization, organizationUsage, updateOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import { badRequest, conflict, forbidden } from '../errors';
import { publicFields } from './create-organization';
import { loadAuthorizedOrganization } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';

/**
 * Retires a node and everything still active under it: they stay in history, in documents and in
 * the audit trail, but no longer take new work and their people can no longer act there.
 */
export async function retireOrganization(ctx: CommandContext, id: string): Promise<OrganizationRow> {
  return inTransaction(ctx, async (tx) => {
    const node = await loadAuthorizedOrganization(tx.db, ctx.actor, id, 'organization.retire');
    if (node.retired_at) return node;
    const now = nowIso();
    await tx.db
      .updateTable('organizations')
      .set({ retired_at: now, updated_at: now })
      .where('path', 'like', `${node.path}%`)
      .where('retired_at', 'is', null)
      .execute();
    await tx.audit({
      organization: { id, path: node.path },
      action: 'organization.retire',
      entityType: 'organization',
      entityId: id,
      summary: `Ngừng hoạt động ${node.name} và các tổ chức trực thuộc`,
      before: { retiredAt: null },
      after: { retiredAt: now },
    });
    return (await findOrganization(tx.db, id))!;
  });
}

/** Brings a retired node back; its parent must be active. Nodes under it stay retired until restored one by one. */
export async function restoreOrganization(ctx: CommandContext, id: string): Promise<OrganizationRow> {
  return inTransaction(ctx, async (tx) => {
    const node = await loadAuthorizedOrganization(tx.db, ctx.actor, id, 'organization.retire');
    if (!node.retired_at) return node;
    const parent = node.parent_id ? await findOrganization(tx.db, node.parent_id) : undefined;
    if (parent?.retired_at) throw badRequest('PARENT_RETIRED', 'Tổ chức cấp trên đang ngừng hoạt động; hãy khôi phục cấp trên trước.');
    await updateOrganization(tx.db, id, { retired_at: null });
    await tx.audit({
      organization: { id, path: node.path },
      action: 'organization.restore',
      entityType: 'organization',
      entityId: id,
      summary: `Khôi phục ${node.name}`,
      before: { retiredAt: node.retired_at },
      after: { retiredAt: null },
    });
    return (await findOrganization(tx.db, id))!;
  });
}

/** Deletes a node nobody uses (a typing mistake); a node in use can only be retired. */
export async function removeOrganization(ctx: CommandContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const node = await loadAuthorizedOrganization(tx.db, ctx.actor, id, 'organization.retire');
    const usage = await organizationUsage(tx.db, id);
    if (usage.children + usage.users + usage.groups > 0) {
      throw conflict('ORGANIZATION_IN_USE', 'Tổ chức đang được sử dụng (có tổ chức trực thuộc, người dùng hoặc thuộc nhóm) nên không thể xóa; hãy chuyển sang ngừng hoạt động.', usage);
    }
    if (!node.parent_id) throw forbidden('Không thể xóa tổ chức cấp cao nhất.');
    await deleteOrganization(tx.db, id);
    await tx.audit({
      organization: { id, path: node.path },
      action: 'organization.delete',
      entityType: 'organization',
      entityId: id,
      summary: `Xóa ${node.name} (${node.code})`,
      before: publicFields(node),
    });
  });
}

