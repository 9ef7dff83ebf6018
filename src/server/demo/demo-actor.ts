import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { findUserByUsername, grantsOf } from '../../db/repositories/users';
import type { CommandContext } from '../commands/transaction';

/** A demo account acting in person, so the demo's history and audit trail name real people. */
export async function contextOf(db: Db, username: string): Promise<CommandContext> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new Error(`Demo: no user ${username}`);
  const grants = (await grantsOf(db, [user.id])).get(user.id) ?? [];
  const actor: Actor = { userId: user.id, username: user.username, grants };
  return { db, actor, audit: { actor: { id: user.id, username: user.username, fullName: user.full_name }, requestId: 'demo', ip: null } };
}
