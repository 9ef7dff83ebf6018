import type { OrganizationRow } from '../../db/repositories/organizations';
import { forbidden } from '../errors';
import { rootsFor } from '../policies';
import { loadAuthorizedOrganization } from './load-organization';
import type { CommandContext } from './transaction';

export type ExportScope = { roots: string[]; organization: OrganizationRow | null; name: string };

/**
 * What an export covers: one organisation's subtree the actor may read, or all they may read. Checked
 * when the export is asked for and again when it runs, with the roles the person has by then.
 */
export async function exportScope(ctx: CommandContext, organizationId: string | undefined): Promise<ExportScope> {
  if (organizationId) {
    const organization = await loadAuthorizedOrganization(ctx.db, ctx.actor, organizationId, 'plan.read');
    return { roots: [organization.path], organization, name: organization.name };
  }
  const roots = rootsFor(ctx.actor, 'plan.read');
  if (roots.length === 0) throw forbidden('Tài khoản không có quyền xem dữ liệu kế hoạch nào để xuất.');
  return { roots, organization: null, name: 'Toàn bộ phạm vi được xem' };
}
