import type { Actor } from '../../domain/access/actor';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { isBodyKind, type OrganizationKind } from '../../shared/organization-kinds';
import type { OrganizationDto } from '../../shared/schemas/organizations';
import { placed } from '../commands/load-organization';
import { can } from '../policies';

/** The body's own path: a unit's path runs through its body, which ends where the body id appears. */
function bodyPath(row: OrganizationRow): string {
  return row.path.slice(0, row.path.indexOf(`/${row.body_id}/`) + row.body_id.length + 2);
}

export function presentOrganization(actor: Actor, row: OrganizationRow): OrganizationDto {
  const where = placed(row);
  return {
    id: row.id,
    parentId: row.parent_id,
    bodyId: row.body_id,
    kind: row.kind as OrganizationKind,
    isBody: isBodyKind(row.kind),
    code: row.code,
    name: row.name,
    placeName: row.place_name,
    superiorName: row.superior_name,
    documentCode: row.document_code,
    retiredAt: row.retired_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    can: {
      update: can(actor, 'organization.update', where),
      createChild: !row.retired_at && can(actor, 'organization.create_child', where),
      move: !row.retired_at && !!row.parent_id && can(actor, 'organization.move', where),
      retire: can(actor, 'organization.retire', where),
      delete: !!row.parent_id && can(actor, 'organization.retire', where),
      manageUsers: can(actor, 'user.manage', where),
      manageRegistry: can(actor, 'external_body.manage', { ...where, path: bodyPath(row) }),
    },
  };
}
