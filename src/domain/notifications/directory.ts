import type { Role } from '../../shared/roles';

/** Who holds which role where: user ids by organisation and role. */
export type RoleDirectory = ReadonlyMap<string, readonly string[]>;

const keyOf = (organizationId: string, role: Role) => `${role}@${organizationId}`;

export function directoryOf(grants: readonly { userId: string; organizationId: string; role: string }[]): RoleDirectory {
  const map = new Map<string, string[]>();
  for (const g of grants) {
    const key = keyOf(g.organizationId, g.role as Role);
    map.set(key, [...(map.get(key) ?? []), g.userId]);
  }
  return map;
}

export function holders(directory: RoleDirectory, organizationId: string | null, role: Role): readonly string[] {
  return organizationId ? (directory.get(keyOf(organizationId, role)) ?? []) : [];
}
