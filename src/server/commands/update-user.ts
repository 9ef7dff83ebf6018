import type { z } from 'zod';
import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { nowIso } from '../../db/ids';
import { deleteSessionsOf } from '../../db/repositories/sessions';
import { findUser, grantsOf, replaceRoles, updateUser, type GrantRow, type UserRow } from '../../db/repositories/users';
import type { updateUserSchema } from '../../shared/schemas/users';
import { hashPassword } from '../auth/passwords';
import { badRequest, notFound, forbidden } from '../errors';
import { can } from '../policies';
import { inTransaction, type CommandContext } from './transaction';
import { userAuditFields } from './user-audit';
import { checkRoleAssignments } from './user-roles';

const userNotFound = () => notFound('USER_NOT_FOUND', 'Không tìm thấy người dùng.');

const grantPlace = (g: GrantRow) => ({ id: g.organizationId, path: g.organizationPath, bodyId: g.bodyId });

/**
 * An admin manages an account only when every role it holds lies where the admin manages users:
 * a hospital admin cannot disable a Sở Y tế officer who also reads the hospital.
 */
export async function loadManageableUser(db: Db, actor: Actor, id: string): Promise<{ user: UserRow; grants: GrantRow[] }> {
  const user = await findUser(db, id);
  if (!user) throw userNotFound();
  const grants = (await grantsOf(db, [id])).get(id) ?? [];
  if (!grants.some((g) => can(actor, 'user.read', grantPlace(g)))) throw userNotFound();
  if (!grants.every((g) => can(actor, 'user.manage', grantPlace(g)))) {
    throw badRequest('USER_OUT_OF_REACH', 'Người dùng này có vai trò ở đơn vị ngoài phạm vi quản lý của bạn.');
  }
  return { user, grants };
}

export function userCan(actor: Actor, grants: GrantRow[]) {
  const manage = grants.length > 0 && grants.every((g) => can(actor, 'user.manage', grantPlace(g)));
  return { update: manage, resetPassword: manage };
}

export async function updateUserAccount(ctx: CommandContext, id: string, input: z.infer<typeof updateUserSchema>): Promise<UserRow> {
  return inTransaction(ctx, async (tx) => {
    const { user, grants } = await loadManageableUser(tx.db, ctx.actor, id);
    if (input.disabled && id === ctx.actor.userId) throw badRequest('CANNOT_DISABLE_SELF', 'Bạn không thể tự khóa tài khoản của mình.');
    if (input.roles && id === ctx.actor.userId) throw forbidden('Không ai tự thay đổi vai trò của chính mình; hãy nhờ một quản trị viên khác.');
    if (input.roles) await checkRoleAssignments(tx.db, ctx.actor, input.roles);
    const disabledAt = input.disabled === undefined ? undefined : input.disabled ? (user.disabled_at ?? nowIso()) : null;
    await updateUser(tx.db, id, { full_name: input.fullName, email: input.email, title: input.title, disabled_at: disabledAt });
    if (input.roles) await replaceRoles(tx.db, id, input.roles);
    if (disabledAt) await deleteSessionsOf(tx.db, id);
    const after = (await findUser(tx.db, id))!;
    const first = grants[0];
    await tx.audit({
      organization: first ? { id: first.organizationId, path: first.organizationPath } : null,
      action: input.disabled === true && !user.disabled_at ? 'user.disable' : 'user.update',
      entityType: 'user',
      entityId: id,
      summary: `Cập nhật tài khoản ${user.username}`,
      before: { ...userAuditFields(user), roles: grants.map((g) => ({ organizationId: g.organizationId, role: g.role })) },
      after: { ...userAuditFields(after), roles: input.roles ?? grants.map((g) => ({ organizationId: g.organizationId, role: g.role })) },
    });
    return after;
  });
}

/** An admin sets a new password for someone who forgot theirs; their open sessions end. */
export async function resetUserPassword(ctx: CommandContext, id: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    const { user, grants } = await loadManageableUser(tx.db, ctx.actor, id);
    await updateUser(tx.db, id, { password_hash: passwordHash, password_changed_at: nowIso() });
    await deleteSessionsOf(tx.db, id);
    const first = grants[0];
    await tx.audit({
      organization: first ? { id: first.organizationId, path: first.organizationPath } : null,
      action: 'user.reset_password',
      entityType: 'user',
      entityId: id,
      summary: `Đặt lại mật khẩu cho ${user.username}`,
    });
  });
}
