import type { z } from 'zod';
import { codeTaken, findOrganization, updateOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import { isBodyKind } from '../../shared/organization-kinds';
import type { updateOrganizationSchema } from '../../shared/schemas/organizations';
import { badRequest } from '../errors';
import { publicFields } from './create-organization';
import { loadAuthorizedOrganization } from './load-organization';
import { codeTakenError, organizationNotFound } from './organization-errors';
import { inTransaction, type CommandContext } from './transaction';

/** Renames a node or corrects its code, kind or place. A body stays a body and a unit a unit. */
export async function updateOrganizationDetails(ctx: CommandContext, id: string, input: z.infer<typeof updateOrganizationSchema>): Promise<OrganizationRow> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadAuthorizedOrganization(tx.db, ctx.actor, id, 'organization.update');
    if (input.kind && isBodyKind(input.kind) !== isBodyKind(before.kind)) {
      throw badRequest('KIND_CHANGE_NOT_ALLOWED', 'Không thể đổi một đơn vị thành khoa/phòng hoặc ngược lại.', [{ field: 'kind', message: 'Loại không phù hợp' }]);
    }
    if (input.kind === 'department_of_health' && before.parent_id) {
      throw badRequest('DEPARTMENT_OF_HEALTH_MUST_BE_ROOT', 'Sở Y tế là cấp cao nhất, không đặt dưới tổ chức khác.');
    }
    if (input.code && input.code !== before.code && (await codeTaken(tx.db, before.code_scope, input.code, id))) throw codeTakenError(input.code);
    await updateOrganization(tx.db, id, {
      name: input.name,
      code: input.code,
      kind: input.kind,
      place_name: input.placeName,
      superior_name: input.superiorName,
      document_code: input.documentCode,
    });
    const after = (await findOrganization(tx.db, id)) ?? (() => { throw organizationNotFound(); })();
    await tx.audit({
      organization: { id, path: after.path },
      action: 'organization.update',
      entityType: 'organization',
      entityId: id,
      summary: before.name === after.name ? `Sửa thông tin ${after.name}` : `Đổi tên ${before.name} thành ${after.name}`,
      before: publicFields(before),
      after: publicFields(after),
    });
    return after;
  });
}
