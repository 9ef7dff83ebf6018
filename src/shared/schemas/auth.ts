import { z } from 'zod';
import { passwordSchema, roleGrantSchema } from './users';

export const loginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const meSchema = z.object({
  user: z.object({ id: z.string(), username: z.string(), fullName: z.string(), email: z.string().nullable(), title: z.string().nullable() }),
  roles: z.array(roleGrantSchema),
  /** The body the person works for (the first body among their roles), used as the default context. */
  organization: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() }),
  can: z.object({
    manageOrganizations: z.boolean(),
    manageUsers: z.boolean(),
    readAudit: z.boolean(),
    /** Draft plans for their body (coordinators and directors). */
    draftPlans: z.boolean(),
    /** Add legal documents to the shared registry. */
    manageLegalDocuments: z.boolean(),
    /** Issue a văn bản đôn đốc listing the late work of their body's plans (coordinators and directors). */
    issueReminderNotices: z.boolean(),
    followProgress: z.boolean(),
    /** Propose news items (a department's reporters, and the body's editor, coordinator, director). */
    proposeMedia: z.boolean(),
    /** Edit, approve and publish the body's news items (the communication editor and the director). */
    editMedia: z.boolean(),
  }),
});
export type MeDto = z.infer<typeof meSchema>;
