import type { MeDto, OrganizationDto } from '../api/types';
import { ancestorIds } from '../organizations/tree';

/**
 * The bodies a key may be made for: those in use at or below a body the person administers (a department of
 * health's admin reaches its hospitals), never a department, whose data is its body's.
 */
export function apiKeyBodies(me: MeDto, items: readonly OrganizationDto[], byId: ReadonlyMap<string, OrganizationDto>): OrganizationDto[] {
  const keepers = new Set<string>(me.allowedRoles.manageApiKeys);
  const roots = new Set(me.roles.filter((grant) => keepers.has(grant.role)).map((grant) => grant.organization.id));
  return items.filter((org) => org.isBody && !org.retiredAt && ancestorIds(org.id, byId).some((id) => roots.has(id)));
}
