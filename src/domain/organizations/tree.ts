import { isBodyKind, type OrganizationKind } from '../../shared/organization-kinds';
import { placementProblem, type PlacementProblem } from '../../shared/organization-placement';

export { placementProblem, type PlacementProblem };

/**
 * The organisation tree is stored with a materialised path ("/rootId/childId/selfId/") so that
 * "everything under X" is one prefix comparison, in a policy or inside a SQL query.
 */
export type TreeNode = {
  id: string;
  parentId: string | null;
  kind: OrganizationKind;
  path: string;
  bodyId: string;
};

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** Ids on a path, root first. */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export type MoveProblem = PlacementProblem | 'MOVE_INTO_OWN_SUBTREE' | 'UNIT_CANNOT_CHANGE_BODY';

/**
 * A node may not move under itself, and a unit may not leave its body: its people and their work
 * belong to that body, and moving them elsewhere would hand one body's data to another.
 */
export function moveProblem(
  node: TreeNode,
  newParent: TreeNode & { retired: boolean },
  newParentBodyId: string,
): MoveProblem | null {
  if (isWithin(newParent.path, node.path)) return 'MOVE_INTO_OWN_SUBTREE';
  const placement = placementProblem(node.kind, { kind: newParent.kind, retired: newParent.retired });
  if (placement) return placement;
  if (!isBodyKind(node.kind) && newParentBodyId !== node.bodyId) return 'UNIT_CANNOT_CHANGE_BODY';
  return null;
}

/** The body a new node belongs to: itself when it is a body, else its parent's body. */
export function bodyIdFor(id: string, kind: OrganizationKind, parent: { bodyId: string } | null): string {
  if (isBodyKind(kind) || !parent) return id;
  return parent.bodyId;
}
