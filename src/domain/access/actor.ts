import type { Role } from '../../shared/roles';
import { isWithin } from '../organizations/tree';

/** One role a person holds, with where it sits in the tree. */
export type Grant = {
  role: Role;
  organizationId: string;
  organizationPath: string;
  bodyId: string;
  bodyPath: string;
};

/** The signed-in person as policies see them. */
export type Actor = { userId: string; username: string; grants: Grant[] };

/** A tree node as policies see it. */
export type Placed = { id: string; path: string; bodyId: string };

/**
 * Where a grant reaches: a body role reaches its organisation and everything under it (a department
 * of health reaches its bodies); a reporter reads their whole body but acts only in their department.
 */
export function readRoot(grant: Grant): string {
  return grant.role === 'reporter' ? grant.bodyPath : grant.organizationPath;
}

export function grantsWith(actor: Actor, roles: readonly Role[]): Grant[] {
  return actor.grants.filter((g) => roles.includes(g.role));
}

/**
 * Does one of the actor's grants with these roles reach the node? `fromAbove` asks for a node strictly
 * below the grant's root: an admin may not retire or move the very body they administer. `ownBody` asks
 * for a grant in the node's own body.
 */
export function reaches(actor: Actor, roles: readonly Role[], node: Placed, options: { fromAbove?: boolean; ownBody?: boolean } = {}): boolean {
  return grantsWith(actor, roles).some((g) => {
    const root = readRoot(g);
    if (options.ownBody && g.bodyId !== node.bodyId) return false;
    return isWithin(node.path, root) && !(options.fromAbove && node.path === root);
  });
}

/** The path prefixes the actor may read under: used to filter lists inside SQL. */
export function readRoots(actor: Actor, roles?: readonly Role[]): string[] {
  const grants = roles ? grantsWith(actor, roles) : actor.grants;
  const roots = [...new Set(grants.map(readRoot))].sort();
  // Drop roots nested in another root: "/a/" already covers "/a/b/".
  return roots.filter((r) => !roots.some((other) => other !== r && r.startsWith(other)));
}
