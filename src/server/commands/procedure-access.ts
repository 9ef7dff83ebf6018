import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { findProcedure, type ProcedureInContext } from '../../db/repositories/procedures';
import { notFound } from '../errors';
import { authorize, can, type Action } from '../policies';

export const procedureNotFound = () => notFound('PROCEDURE_NOT_FOUND', 'Không tìm thấy thủ tục.');

export const placeOfProcedure = (p: Pick<ProcedureInContext, 'organization_id' | 'org_path' | 'org_body_id'>) => ({ id: p.organization_id, path: p.org_path, bodyId: p.org_body_id });

/**
 * Loads a procedure the actor may do `action` on; one they may not even read is answered as `missing`
 * (by default "procedure not found"; a file of it answers "file not found", so its id reveals nothing).
 */
export async function loadProcedure(db: Db, actor: Actor, id: string, action: Action = 'procedure.read', missing = procedureNotFound): Promise<ProcedureInContext> {
  const row = await findProcedure(db, id);
  if (!row || !can(actor, 'procedure.read', placeOfProcedure(row))) throw missing();
  authorize(actor, action, placeOfProcedure(row), missing());
  return row;
}

/** What the actor may do with the procedure: shown on it so the UI offers only that. */
export function procedureAbilities(actor: Actor, p: Pick<ProcedureInContext, 'organization_id' | 'org_path' | 'org_body_id'>) {
  const place = placeOfProcedure(p);
  return { update: can(actor, 'procedure.manage', place), post: can(actor, 'procedure.post', place) };
}
