import { z } from 'zod';
import type { Db } from '../../db/database';
import { countUsers } from '../../db/repositories/users';
import { organizationCodeSchema } from '../../shared/schemas/organizations';
import { passwordSchema, usernameSchema } from '../../shared/schemas/users';
import { weakPasswordReason } from '../auth/password-policy';
import { unsafeSystemActor } from '../policies';
import { createOrganization } from './create-organization';
import { createUser } from './create-user';
import type { CommandContext } from './transaction';

const initSchema = z.object({
  name: z.string().trim().min(2, { message: 'Thiếu --name (tên Sở Y tế)' }),
  code: organizationCodeSchema,
  place: z.string().trim().min(1, { message: 'Thiếu --place (địa danh)' }),
  superior: z.string().trim().optional(),
  username: usernameSchema,
  password: passwordSchema,
  'full-name': z.string().trim().min(2).optional(),
});

/** First start without demo data: the department of health at the root and its first admin. */
export async function initialise(db: Db, raw: Record<string, unknown>): Promise<{ organizationName: string; username: string }> {
  const parsed = initSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  if ((await countUsers(db)) > 0) throw new Error('Hệ thống đã có tài khoản; hãy đăng nhập bằng tài khoản quản trị để thêm đơn vị.');
  const input = parsed.data;
  // Checked before anything is written, so a refused password leaves no body without its admin.
  const weak = weakPasswordReason(input.password, input.username);
  if (weak) throw new Error(`--password: ${weak}`);
  const ctx: CommandContext = { db, actor: unsafeSystemActor, audit: { actor: null, requestId: 'init', ip: null } };
  const org = await createOrganization(
    ctx,
    { parentId: null, kind: 'department_of_health', code: input.code, name: input.name, placeName: input.place, superiorName: input.superior ?? null },
    { unsafeSkipPolicy: true },
  );
  await createUser(ctx, { username: input.username, fullName: input['full-name'] ?? 'Quản trị hệ thống', password: input.password, roles: [{ organizationId: org.id, role: 'admin' }] }, { unsafeSkipPolicy: true });
  return { organizationName: org.name, username: input.username };
}
