import type { z } from 'zod';
import { insertGroup, listGroups, type GroupRow } from '../../db/repositories/groups';
import { findOrganizationsByIds } from '../../db/repositories/organizations';
import type { createGroupSchema } from '../../shared/schemas/organizations';
import { badRequest } from '../errors';
import { isWithin } from '../../domain/organizations/tree';
import { loadAuthorizedBody } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';

/**
 * A custom group names some nodes under one body, e.g. "Các khoa lâm sàng". The standing groups
 * (all units, all bodies) are made with their body and cannot be made again.
 */
export async function createCustomGroup(ctx: CommandContext, input: z.infer<typeof createGroupSchema>): Promise<GroupRow> {
  return inTransaction(ctx, async (tx) => {
    const owner = await loadAuthorizedBody(tx.db, ctx.actor, input.ownerId, 'group.manage');
    if (input.kind !== 'custom') throw badRequest('STANDING_GROUP', 'Nhóm "tất cả khoa, phòng" và "tất cả đơn vị" đã có sẵn; chỉ tạo được nhóm tự chọn.', [{ field: 'kind', message: 'Chỉ nhóm tự chọn' }]);
    if (input.memberIds.length === 0) throw badRequest('GROUP_EMPTY', 'Nhóm cần ít nhất một thành viên.', [{ field: 'memberIds', message: 'Chọn thành viên' }]);
    const members = await findOrganizationsByIds(tx.db, input.memberIds);
    const outside = input.memberIds.filter((id) => !members.some((m) => m.id === id && isWithin(m.path, owner.path) && m.id !== owner.id));
    if (outside.length > 0) throw badRequest('MEMBER_OUTSIDE_OWNER', 'Thành viên của nhóm phải thuộc đơn vị sở hữu nhóm.', [{ field: 'memberIds', message: 'Ngoài đơn vị' }]);
    const id = await insertGroup(tx.db, { ownerId: owner.id, name: input.name, kind: 'custom', memberIds: input.memberIds });
    const group = (await listGroups(tx.db, [owner.id])).find((g) => g.id === id)!;
    await tx.audit({ organization: { id: owner.id, path: owner.path }, action: 'group.create', entityType: 'group', entityId: id, summary: `Tạo nhóm ${input.name}`, after: { name: input.name, memberIds: input.memberIds } });
    return group;
  });
}
