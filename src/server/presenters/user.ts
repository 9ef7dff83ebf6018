import type { Actor } from '../../domain/access/actor';
import type { GrantRow, UserRow } from '../../db/repositories/users';
import type { UserDto } from '../../shared/schemas/users';
import { userCan } from '../commands/update-user';

export function presentGrant(g: GrantRow) {
  return { role: g.role, organization: { id: g.organizationId, code: g.organizationCode, name: g.organizationName, kind: g.organizationKind, bodyId: g.bodyId } };
}

export function presentUser(actor: Actor, row: UserRow, grants: GrantRow[]): UserDto {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    email: row.email,
    title: row.title,
    disabled: !!row.disabled_at,
    roles: grants.map(presentGrant),
    createdAt: row.created_at,
    can: userCan(actor, grants, row.id),
  };
}
