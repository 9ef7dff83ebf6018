import { UNIT_KINDS, isBodyKind, type OrganizationKind } from '../../shared/organization-kinds';
import { kindsAllowedUnder } from '../../shared/organization-placement';
import type { OrganizationDto } from '../api/types';

export type OrgNode = { org: OrganizationDto; children: OrgNode[] };

/**
 * Nests the flat list (ordered by path) by parentId. A node whose parent the person cannot see
 * becomes a root, so a hospital's staff see their hospital at the top.
 */
export function buildTree(items: readonly OrganizationDto[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const org of items) nodes.set(org.id, { org, children: [] });
  const roots: OrgNode[] = [];
  for (const org of items) {
    const node = nodes.get(org.id)!;
    const parent = org.parentId ? nodes.get(org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Ids of the node and its ancestors that the list holds, the node first. */
export function ancestorIds(id: string, byId: ReadonlyMap<string, OrganizationDto>): string[] {
  const ids: string[] = [];
  let current = byId.get(id);
  while (current && !ids.includes(current.id)) {
    ids.push(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return ids;
}

export function subtreeIds(id: string, items: readonly OrganizationDto[]): Set<string> {
  const ids = new Set([id]);
  // The list is ordered by path, so a parent always comes before its children.
  for (const org of items) if (org.parentId && ids.has(org.parentId)) ids.add(org.id);
  return ids;
}

/** The kinds a new node may take under a parent: the server's own placement rule. */
export function childKindsFor(parentKind: OrganizationKind | null): OrganizationKind[] {
  return kindsAllowedUnder(parentKind);
}

/**
 * On edit a body stays a body and a unit a unit (switching would move people and work between bodies).
 * A body with a parent stands under a department of health, whether or not the person can see it.
 */
export function editKindsFor(org: OrganizationDto): OrganizationKind[] {
  if (!org.isBody) return [...UNIT_KINDS];
  return childKindsFor(org.parentId ? 'department_of_health' : null).filter(isBodyKind);
}

/** Where a node may be moved: not into itself, not under a retired node, a unit within its own body. */
export function moveTargets(org: OrganizationDto, items: readonly OrganizationDto[]): Set<string> {
  const own = subtreeIds(org.id, items);
  const targets = new Set<string>();
  for (const candidate of items) {
    if (own.has(candidate.id) || candidate.retiredAt || candidate.id === org.parentId) continue;
    if (!childKindsFor(candidate.kind).includes(org.kind)) continue;
    if (!org.isBody && candidate.bodyId !== org.bodyId) continue;
    targets.add(candidate.id);
  }
  return targets;
}
