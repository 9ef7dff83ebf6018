import type { AuditContext } from '../../db/repositories/audit';
import { findUser, grantsOf } from '../../db/repositories/users';
import type { CommandContext } from '../commands/transaction';
import { JobFailure, type JobContext } from './job-kinds';

/**
 * The person who asked for a job, as they are now: a job runs with their current roles, so one whose
 * account was locked, or whose roles were taken away since, gets only what they may still see.
 */
export async function requesterContext(ctx: JobContext, audit: AuditContext): Promise<CommandContext> {
  const user = audit.actor && (await findUser(ctx.db, audit.actor.id));
  if (!user || user.disabled_at) throw new JobFailure('Tài khoản yêu cầu việc này đã bị khóa hoặc không còn tồn tại.');
  const grants = (await grantsOf(ctx.db, [user.id])).get(user.id) ?? [];
  return { db: ctx.db, actor: { userId: user.id, username: user.username, grants }, audit };
}
