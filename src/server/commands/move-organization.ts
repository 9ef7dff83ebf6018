import { childPath, moveProblem, type TreeNode } from '../../domain/organizations/tree';
import { moveAuditPaths } from '../../db/repositories/audit';
import { findOrganization, moveSubtree, type OrganizationRow } from '../../db/repositories/organizations';
import type { OrganizationKind } from '../../shared/organization-kinds';
import { loadAuthorizedOrganization } from './load-organization';
import { organizationNotFound, placementError } from './organization-errors';
import { inTransaction, type CommandContext } from './transaction';

const treeNode = (r: OrganizationRow): TreeNode => ({ id: r.id, parentId: r.parent_id, kind: r.kind as OrganizationKind, path: r.path, bodyId: r.body_id });

/** Moves a node with everything under it; the actor must manage both the node and its new parent. */
export async function moveOrganization(ctx: CommandContext, id: string, newParentId: string): Promise<OrganizationRow> {
  return inTransaction(ctx, async (tx) => {
    const node = await loadAuthorizedOrganization(tx.db, ctx.actor, id, 'organization.move');
    const parent = await loadAuthorizedOrganization(tx.db, ctx.actor, newParentId, 'organization.create_child');
    if (node.parent_id === parent.id) return node;
    const problem = moveProblem(treeNode(node), { ...treeNode(parent), retired: !!parent.retired_at }, parent.body_id);
    if (problem) throw placementError(problem);
    const newPath = childPath(parent.path, node.id);
    await moveSubtree(tx.db, node, parent.id, newPath);
    await moveAuditPaths(tx.db, node.path, newPath);
    const after = await findOrganization(tx.db, id);
    if (!after) throw organizationNotFound();
    await tx.audit({
      organization: { id, path: after.path },
      action: 'organization.move',
      entityType: 'organization',
      entityId: id,
      summary: `Chuyển ${node.name} về trực thuộc ${parent.name}`,
      before: { parentId: node.parent_id, path: node.path },
      after: { parentId: parent.id, path: newPath },
    });
    return after;
  });
}
