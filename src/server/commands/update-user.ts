import type { z } from 'zod';
import { reaches, type Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { nowIso } from '../../db/ids';
import { deleteSessionsOf } from '../../db/repositories/sessions';
import { findUser, grantsOf, replaceRoles, updateUser, type GrantRow, type UserRow } from '../../db/repositories/users';
import { ROLE_LABELS_VI } from '../../shared/roles';
import type { updateUserSchema } from '../../shared/schemas/users';
import { requireAcceptablePassword } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { badRequest, notFound, forbidden } from '../errors';
import { can } from '../policies';
import { inTransaction, type CommandContext } from './transaction';
import { userAuditFields } from './user-audit';
import { checkRoleAssignments, HEAD_ROLES } from './user-roles';

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

/**
 * The first role of the account that runs a body (its admin or director) where the actor is not an admin
 * of a body above it. Such an account is looked after from the level above, as its roles are granted
 * (separation of duties): otherwise a hospital admin could reset the director's password and act as
 * them, lock them out, or strip their role.
 */
function headOutOfReach(actor: Actor, grants: GrantRow[]): GrantRow | undefined {
  return grants.find((g) => HEAD_ROLES.includes(g.role) && !reaches(actor, ['admin'], grantPlace(g), { fromAbove: true }));
}

const headRefused = (user: UserRow, head: GrantRow) =>
  forbidden(
    `${user.username} là ${ROLE_LABELS_VI[head.role]} của ${head.organizationName}: tài khoản này do quản trị viên của đơn vị cấp trên quản lý (đơn vị cấp cao nhất: lệnh "cchc appoint" trên máy chủ).`,
  );

/** What the actor may do to the account `userId` holding `grants` (mirrors the checks of the commands below). */
export function userCan(actor: Actor, grants: GrantRow[], userId: string) {
  const manage = grants.length > 0 && grants.every((g) => can(actor, 'user.manage', grantPlace(g)));
  const self = userId === actor.userId;
  const heads = !headOutOfReach(actor, grants);
  return { update: manage && (self || heads), resetPassword: manage && !self && heads };
}

export async function updateUserAccount(ctx: CommandContext, id: string, input: z.infer<typeof updateUserSchema>): Promise<UserRow> {
  return inTransaction(ctx, async (tx) => {
    const { user, grants } = await loadManageableUser(tx.db, ctx.actor, id);
    if (input.disabled && id === ctx.actor.userId) throw badRequest('CANNOT_DISABLE_SELF', 'Bạn không thể tự khóa tài khoản của mình.');
    if (input.roles && id === ctx.actor.userId) throw forbidden('Không ai tự thay đổi vai trò của chính mình; hãy nhờ một quản trị viên khác.');
    const head = id === ctx.actor.userId ? undefined : headOutOfReach(ctx.actor, grants);
    if (head) throw headRefused(user, head);
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

/** An admin sets a new password (meeting the policy) for someone who forgot theirs; their open sessions end. */
export async function resetUserPassword(ctx: CommandContext, id: string, password: string): Promise<void> {
  const { user: target, grants: targetGrants } = await loadManageableUser(ctx.db, ctx.actor, id);
  if (id === ctx.actor.userId) throw badRequest('USE_CHANGE_PASSWORD', 'Mật khẩu của chính mình được đổi ở mục "Đổi mật khẩu" (cần mật khẩu hiện tại).');
  const head = headOutOfReach(ctx.actor, targetGrants);
  if (head) throw headRefused(target, head);
  requireAcceptablePassword(password, target.username, 'password');
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    const { user, grants } = await loadManageableUser(tx.db, ctx.actor, id);
    const headNow = headOutOfReach(ctx.actor, grants);
    if (headNow) throw headRefused(user, headNow);
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
