import { z } from 'zod';
import { ROLES } from '../roles';
import { idSchema, paginationQuerySchema, queryFlag } from './common';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.' });

/** At least 8 characters; the people who choose it are office staff, so no composition rules beyond length. */
export const passwordSchema = z.string().min(8, { message: 'Mật khẩu phải có ít nhất 8 ký tự.' }).max(200);

export const roleAssignmentSchema = z.object({ organizationId: idSchema, role: z.enum(ROLES) });

export const createUserSchema = z.object({
  username: usernameSchema,
  fullName: z.string().trim().min(2).max(120),
  email: z.email().max(200).nullish(),
  title: z.string().trim().max(120).nullish(),
  password: passwordSchema,
  roles: z.array(roleAssignmentSchema).min(1).max(20),
});

export const updateUserSchema = z
  .object({
    fullName: z.string().trim().min(2).max(120),
    email: z.email().max(200).nullable(),
    title: z.string().trim().max(120).nullable(),
    disabled: z.boolean(),
    roles: z.array(roleAssignmentSchema).min(1).max(20),
  })
  .partial();

export const resetPasswordSchema = z.object({ password: passwordSchema });

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
