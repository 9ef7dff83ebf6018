import type { z } from 'zod';
import { newId, nowIso } from '../../db/ids';
import { findOrganization } from '../../db/repositories/organizations';
import { findUserByUsername, insertUser, replaceRoles, type UserRow } from '../../db/repositories/users';
import { foldText } from '../../shared/fold';
import type { createUserSchema } from '../../shared/schemas/users';
import { requireAcceptablePassword } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { conflict } from '../errors';
import { inTransaction, type CommandContext } from './transaction';
import { checkRoleAssignments } from './user-roles';
import { userAuditFields } from './user-audit';

/**
 * Creates an account with its roles. The password must meet the policy (a caller handing over a ready
 * hash has checked its password itself, as the demo does); it is hashed before the transaction opens.
 */
export async function createUser(
  ctx: CommandContext,
  input: z.infer<typeof createUserSchema>,
  options: { unsafeSkipPolicy?: boolean; passwordHash?: string } = {},
): Promise<UserRow> {
  if (!options.passwordHash) requireAcceptablePassword(input.password, input.username, 'password');
  const passwordHash = options.passwordHash ?? (await hashPassword(input.password));
  return inTransaction(ctx, async (tx) => {
    if (!options.unsafeSkipPolicy) await checkRoleAssignments(tx.db, ctx.actor, input.roles);
    if (await findUserByUsername(tx.db, input.username)) {
      throw conflict('USERNAME_TAKEN', `Tên đăng nhập "${input.username}" đã có người dùng.`, [{ field: 'username', message: 'Đã có người dùng' }]);
    }
    const now = nowIso();
    const row: UserRow = {
      id: newId(),
      username: input.username,
      full_name: input.fullName,
      full_name_folded: foldText(input.fullName),
      email: input.email ?? null,
      title: input.title ?? null,
      password_hash: passwordHash,
      disabled_at: null,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
    };
    await insertUser(tx.db, row);
    await replaceRoles(tx.db, row.id, input.roles);
    const org = await findOrganization(tx.db, input.roles[0]!.organizationId);
    await tx.audit({
      organization: org ? { id: org.id, path: org.path } : null,
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      summary: `Tạo tài khoản ${row.username} (${row.full_name})`,
      after: { ...userAuditFields(row), roles: input.roles },
    });
    return row;
  });
}
