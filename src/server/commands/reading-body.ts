import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import type { OrganizationRow } from '../../db/repositories/organizations';
import type { Action } from '../policies';
import { forbidden } from '../errors';
import { loadAuthorizedBody } from './load-organization';

/**
 * The body a view is about: the one asked for, else the caller's own (a reporter's is the body of their
 * department). Someone who may not read it is told it does not exist.
 */
export async function readingBody(db: Db, actor: Actor, organizationId: string | undefined, action: Action = 'media.read'): Promise<OrganizationRow> {
  const id = organizationId ?? actor.grants[0]?.bodyId;
  if (!id) throw forbidden('Tài khoản chưa thuộc đơn vị nào.');
  return loadAuthorizedBody(db, actor, id, action);
}
