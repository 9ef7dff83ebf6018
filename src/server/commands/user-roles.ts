import { reaches, type Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { findOrganizationsByIds } from '../../db/repositories/organizations';
import { isBodyKind } from '../../shared/organization-kinds';
import type { Role } from '../../shared/roles';
import { badRequest, forbidden } from '../errors';
import { can } from '../policies';
import { organizationNotFound } from './organization-errors';
import { placed } from './load-organization';

export type RoleAssignment = { organizationId: string; role: Role };

/** Roles that run a body: granted only from the level above, so nobody makes themself or a colleague its head. */
export const HEAD_ROLES: readonly Role[] = ['admin', 'director'];

/**
 * Checks roles before they are granted: each sits where the actor manages users, on an active node
 * of the right kind (a reporter in a department, every other role at a body); a body's admin or
 * director is appointed by an admin of a body above it (separation of duties).
 */
export async function checkRoleAssignments(db: Db, actor: Actor, roles: RoleAssignment[]): Promise<void> {
  const orgs = await findOrganizationsByIds(db, [...new Set(roles.map((r) => r.organizationId))]);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  roles.forEach((r, index) => {
    const org = byId.get(r.organizationId);
    if (!org || !can(actor, 'organization.read', placed(org))) throw organizationNotFound();
    if (!can(actor, 'user.manage', placed(org))) throw badRequest('ROLE_OUT_OF_REACH', `Bạn không quản lý người dùng của ${org.name}.`, [{ field: `roles.${index}.organizationId`, message: 'Ngoài phạm vi quản lý' }]);
    if (org.retired_at) throw badRequest('ORGANIZATION_RETIRED', `${org.name} đã ngừng hoạt động.`, [{ field: `roles.${index}.organizationId`, message: 'Đã ngừng hoạt động' }]);
    if (HEAD_ROLES.includes(r.role) && !reaches(actor, ['admin'], placed(org), { fromAbove: true })) {
      throw forbidden(`Vai trò Quản trị và Lãnh đạo của ${org.name} do quản trị viên của đơn vị cấp trên cấp (đơn vị cấp cao nhất: lệnh "cchc init" hoặc "cchc appoint" trên máy chủ).`);
    }
    const atBody = isBodyKind(org.kind);
    if (r.role === 'reporter' && atBody) {
      throw badRequest('ROLE_NEEDS_UNIT', 'Vai trò Khoa/phòng phải gắn với một khoa, phòng, tổ cụ thể.', [{ field: `roles.${index}.organizationId`, message: 'Chọn khoa/phòng' }]);
    }
    if (r.role !== 'reporter' && !atBody) {
      throw badRequest('ROLE_NEEDS_BODY', 'Vai trò này gắn với đơn vị (Sở, bệnh viện, trung tâm), không gắn với khoa/phòng.', [{ field: `roles.${index}.organizationId`, message: 'Chọn đơn vị' }]);
    }
  });
}
