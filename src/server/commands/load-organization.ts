import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { findOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import { authorize, type Action } from '../policies';
import { organizationNotFound } from './organization-errors';

export const placed = (row: OrganizationRow) => ({ id: row.id, path: row.path, bodyId: row.body_id });

/** Loads a node and checks the actor may do the action on it; unknown and unreachable look the same. */
export async function loadAuthorizedOrganization(db: Db, actor: Actor, id: string, action: Action): Promise<OrganizationRow> {
  const row = await findOrganization(db, id);
  if (!row) throw organizationNotFound();
  authorize(actor, action, placed(row), organizationNotFound());
  return row;
}

/** The body a node belongs to (the node itself when it is a body), checked for the action. */
export async function loadAuthorizedBody(db: Db, actor: Actor, id: string, action: Action): Promise<OrganizationRow> {
  const node = await loadAuthorizedOrganization(db, actor, id, action);
  return node.body_id === node.id ? node : loadAuthorizedOrganization(db, actor, node.body_id, action);
}
