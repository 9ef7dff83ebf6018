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
