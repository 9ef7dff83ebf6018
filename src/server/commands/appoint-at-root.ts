import { z } from 'zod';
import type { Db } from '../../db/database';
import { newId, nowIso } from '../../db/ids';
import { deleteSessionsOf } from '../../db/repositories/sessions';
import { findUserByUsername, insertUser, replaceRoles, updateUser, type UserRow } from '../../db/repositories/users';
import { foldText } from '../../shared/fold';
import { ROLE_LABELS_VI } from '../../shared/roles';
import { organizationCodeSchema } from '../../shared/schemas/organizations';
import { passwordSchema, usernameSchema } from '../../shared/schemas/users';
import { weakPasswordReason } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { unsafeSystemActor } from '../policies';
import { inTransaction, type CommandContext } from './transaction';
import { userAuditFields } from './user-audit';

const appointSchema = z.object({
  username: usernameSchema,
  role: z.enum(['admin', 'director'], { message: 'Thiếu --role admin hoặc --role director' }),
  code: organizationCodeSchema.optional(),
  'full-name': z.string().trim().min(2).optional(),
  password: passwordSchema.optional(),
});

export type Appointed = { username: string; role: 'admin' | 'director'; organizationName: string; created: boolean; granted: boolean; passwordSet: boolean };

/**
 * `cchc appoint`: the admin or director of a top-level body (a Sở Y tế), which has no body above whose
 * admin could appoint them (separation of duties, decision 0019). Whoever runs commands on the server
 * is the authority there, as for `cchc init`. Creates the account when it does not exist (with
 * --full-name and --password), adds the role, and with --password sets a forgotten password; every
 * change is in the audit trail, signed "cli".
 */
export async function appointAtRoot(db: Db, raw: Record<string, unknown>): Promise<Appointed> {
  const parsed = appointSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  const input = parsed.data;
  const roots = await db.selectFrom('organizations').selectAll().where('parent_id', 'is', null).where('retired_at', 'is', null).orderBy('code').execute();
  const root = input.code ? roots.find((r) => r.code === input.code) : roots.length === 1 ? roots[0] : undefined;
  if (!root) {
    const codes = roots.map((r) => r.code).join(', ') || '(chưa có — chạy "cchc init" trước)';
    throw new Error(input.code ? `--code: không có đơn vị cấp cao nhất mã ${input.code}. Các mã: ${codes}` : `--code: hãy chọn đơn vị cấp cao nhất (${codes})`);
  }
  if (input.password) {
    const weak = weakPasswordReason(input.password, input.username);
    if (weak) throw new Error(`--password: ${weak}`);
  }
  const existing = await findUserByUsername(db, input.username);
  if (!existing && (!input.password || !input['full-name'])) throw new Error(`Chưa có tài khoản ${input.username}: hãy cho --full-name và --password để tạo.`);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const ctx: CommandContext = { db, actor: unsafeSystemActor, audit: { actor: null, requestId: 'cli', ip: null } };
  const place = { id: root.id, path: root.path };
  const roleName = `${ROLE_LABELS_VI[input.role]} của ${root.name}`;

  return inTransaction(ctx, async (tx) => {
    const now = nowIso();
    if (!existing) {
      const row: UserRow = {
        id: newId(),
        username: input.username,
        full_name: input['full-name']!,
        full_name_folded: foldText(input['full-name']!),
        email: null,
        title: null,
        password_hash: passwordHash!,
        disabled_at: null,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      };
      const roles = [{ organizationId: root.id, role: input.role }];
      await insertUser(tx.db, row);
      await replaceRoles(tx.db, row.id, roles);
      await tx.audit({ organization: place, action: 'user.create', entityType: 'user', entityId: row.id, summary: `Lệnh cchc appoint: tạo tài khoản ${row.username}, ${roleName}`, after: { ...userAuditFields(row), roles } });
      return { username: row.username, role: input.role, organizationName: root.name, created: true, granted: true, passwordSet: true };
    }
    const before = (await tx.db.selectFrom('user_roles').select(['organization_id', 'role']).where('user_id', '=', existing.id).execute()).map((r) => ({ organizationId: r.organization_id, role: r.role }));
    const granted = !before.some((r) => r.organizationId === root.id && r.role === input.role);
    if (granted) {
      const after = [...before, { organizationId: root.id, role: input.role }];
      await replaceRoles(tx.db, existing.id, after);
      await tx.audit({
        organization: place,
        action: 'user.update',
        entityType: 'user',
        entityId: existing.id,
        summary: `Lệnh cchc appoint: cấp vai trò ${roleName} cho ${existing.username}`,
        before: { ...userAuditFields(existing), roles: before },
        after: { ...userAuditFields(existing), roles: after },
      });
    }
    if (passwordHash) {
      await updateUser(tx.db, existing.id, { password_hash: passwordHash, password_changed_at: now });
      await deleteSessionsOf(tx.db, existing.id);
      await tx.audit({ organization: place, action: 'user.reset_password', entityType: 'user', entityId: existing.id, summary: `Lệnh cchc appoint: đặt lại mật khẩu cho ${existing.username}` });
    }
    return { username: existing.username, role: input.role, organizationName: root.name, created: false, granted, passwordSet: !!passwordHash };
  });
}
