import { readRoots, reaches, type Actor, type Placed } from '../../domain/access/actor';
import { AppError } from '../errors';
import { ACTIONS, FROM_ABOVE_ONLY, OWN_BODY_ONLY, type Action } from './rules';

export type { Action };

export function can(actor: Actor, action: Action, target: Placed): boolean {
  return reaches(actor, ACTIONS[action], target, { fromAbove: FROM_ABOVE_ONLY.has(action), ownBody: OWN_BODY_ONLY.has(action) });
}

/** The path prefixes under which the actor may do the action: list queries filter by them in SQL. */
export function rootsFor(actor: Actor, action: Action): string[] {
  return readRoots(actor, ACTIONS[action]);
}

/**
 * The 403 for an action the person's roles do not allow. Its details name the roles that do, from the
 * table above, so the screen can say who may (`{ action, roles }`) without a second copy of the rule.
 */
export function refusal(action: Action, message = 'Bạn không có quyền thực hiện thao tác này.'): AppError {
  return new AppError(403, 'FORBIDDEN', message, { action, roles: [...ACTIONS[action]] });
}

/**
 * Throws unless the actor may do the action. Someone who may not even read the target is told it
 * does not exist, so ids of another body's data reveal nothing.
 */
export function authorize(actor: Actor, action: Action, target: Placed, notFound: AppError): void {
  if (can(actor, action, target)) return;
  if (!can(actor, 'organization.read', target)) throw notFound;
  throw refusal(action);
}

/** Nothing in the actor's reach: used only where a command deliberately runs outside the policy (demo load, setup). */
export const unsafeSystemActor: Actor = { userId: 'system', username: 'system', grants: [] };
