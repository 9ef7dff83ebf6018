import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { findOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import type { AppError } from '../errors';
import { authorize, can, type Action } from '../policies';
import { organizationNotFound } from './organization-errors';

export const placed = (row: OrganizationRow) => ({ id: row.id, path: row.path, bodyId: row.body_id });

/** Loads a node and checks the actor may do the action on it; unknown and unreachable look the same. */
export async function loadAuthorizedOrganization(db: Db, actor: Actor, id: string, action: Action): Promise<OrganizationRow> {
  const row = await findOrganization(db, id);
  if (!row) throw organizationNotFound();
  authorize(actor, action, placed(row), organizationNotFound());
  return row;
}

/**
 * A thing of an organisation (a channel, an index result…) read by id: its organisation when the actor may do
 * the action there, else the thing's own "not found", so another body's id reads as one that does not exist.
 */
export async function readableThingOf<T>(db: Db, actor: Actor, thing: T | undefined, organizationIdOf: (thing: T) => string, action: Action, notFound: () => AppError): Promise<T> {
  const owner = thing && (await findOrganization(db, organizationIdOf(thing)));
  if (!thing || !owner || !can(actor, action, placed(owner))) throw notFound();
  return thing;
}

/** The body a node belongs to (the node itself when it is a body), checked for the action. */
export async function loadAuthorizedBody(db: Db, actor: Actor, id: string, action: Action): Promise<OrganizationRow> {
  const node = await loadAuthorizedOrganization(db, actor, id, action);
  return node.body_id === node.id ? node : loadAuthorizedOrganization(db, actor, node.body_id, action);
}
