import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../password-rule';
import { ROLES } from '../roles';
import { idSchema, paginationQuerySchema, queryFlag } from './common';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.' });

/**
 * At least 10 characters; the people who choose it are office staff, so no composition rules. The rest of
 * the policy (not the user name, not a common password) needs the user name and the list, so the commands
 * check it (src/server/auth/password-policy.ts).
 */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` })
  .max(200);

export const roleAssignmentSchema = z.strictObject({ organizationId: idSchema, role: z.enum(ROLES) });

export const createUserSchema = z.strictObject({
  username: usernameSchema,
  fullName: z.string().trim().min(2).max(120),
  email: z.email().max(200).nullish(),
  title: z.string().trim().max(120).nullish(),
  password: passwordSchema,
  roles: z.array(roleAssignmentSchema).min(1).max(20),
});

export const updateUserSchema = z
  .strictObject({
    fullName: z.string().trim().min(2).max(120),
    email: z.email().max(200).nullable(),
    title: z.string().trim().max(120).nullable(),
    disabled: z.boolean(),
    roles: z.array(roleAssignmentSchema).min(1).max(20),
  })
  .partial();

export const resetPasswordSchema = z.strictObject({ password: passwordSchema });

export const listUsersQuerySchema = paginationQuerySchema.extend({
  organizationId: idSchema.optional(),
  role: z.enum(ROLES).optional(),
  q: z.string().max(200).optional(),
  includeDisabled: queryFlag,
});

export const roleGrantSchema = z.object({
  role: z.enum(ROLES),
  organization: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string(), bodyId: z.string() }),
});

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  disabled: z.boolean(),
  roles: z.array(roleGrantSchema),
  createdAt: z.string(),
  can: z.object({ update: z.boolean(), resetPassword: z.boolean() }),
});
export type UserDto = z.infer<typeof userSchema>;
