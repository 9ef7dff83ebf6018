import { isBodyKind, ORGANIZATION_KINDS, type OrganizationKind } from './organization-kinds';

export type PlacementProblem =
  | 'DEPARTMENT_OF_HEALTH_MUST_BE_ROOT'
  | 'BODY_PARENT_MUST_BE_DEPARTMENT'
  | 'UNIT_NEEDS_PARENT'
  | 'UNIT_PARENT_MUST_BE_IN_BODY'
  | 'PARENT_RETIRED';

/**
 * Where a node of a kind may stand: a department of health at the root; a hospital, TTYT or CDC under
 * a department of health (or at the root when it has none in the system); a unit under a body or another
 * unit. Shared so that the server enforces it and the web app offers only what the server accepts.
 */
export function placementProblem(
  kind: OrganizationKind,
  parent: { kind: OrganizationKind; retired: boolean } | null,
): PlacementProblem | null {
  if (parent?.retired) return 'PARENT_RETIRED';
  if (kind === 'department_of_health') return parent ? 'DEPARTMENT_OF_HEALTH_MUST_BE_ROOT' : null;
  if (isBodyKind(kind)) return parent && parent.kind !== 'department_of_health' ? 'BODY_PARENT_MUST_BE_DEPARTMENT' : null;
  if (!parent) return 'UNIT_NEEDS_PARENT';
  return null;
}

/** The kinds a new node may take under a parent (null: at the root). */
export function kindsAllowedUnder(parentKind: OrganizationKind | null): OrganizationKind[] {
  const parent = parentKind ? { kind: parentKind, retired: false } : null;
  return ORGANIZATION_KINDS.filter((kind) => !placementProblem(kind, parent));
}
