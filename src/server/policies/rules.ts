import type { Role } from '../../shared/roles';

/**
 * Who may do what, as data: each action names the roles that allow it. A role allows an action on a
 * node when the node lies where that role reaches (see domain/access/actor.ts): its organisation and
 * everything below it, or for a reporter their whole body (read only).
 */
export const ACTIONS = {
  'organization.read': ['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer'],
  'organization.create_child': ['admin'],
  'organization.update': ['admin'],
  'organization.move': ['admin'],
  'organization.retire': ['admin'],
  'external_body.manage': ['admin', 'coordinator'],
  'group.manage': ['admin', 'coordinator'],
  /** The registry is shared by the whole system; an entry is corrected by the body that added it. */
  'legal_document.manage': ['admin', 'coordinator'],
  'user.read': ['admin', 'director', 'coordinator'],
  'user.manage': ['admin'],
  'audit.read': ['admin', 'director'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

/**
 * Actions on a node that only someone above it may take: the admin of a hospital keeps its departments
 * but it is the department of health that moves or retires the hospital itself.
 */
export const FROM_ABOVE_ONLY: ReadonlySet<Action> = new Set(['organization.move', 'organization.retire']);
