import { z } from 'zod';
import { ROLES } from '../roles';
import { passwordSchema, roleGrantSchema } from './users';

export const loginSchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

const abilitiesSchema = z.object({
  manageOrganizations: z.boolean(),
  manageUsers: z.boolean(),
  /** Make and revoke the API keys other systems use for the body (admins). */
  manageApiKeys: z.boolean(),
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
  /** Read the body's periodic reports (not a department's reporter nor the communication editor). */
  readReports: z.boolean(),
  /** Add and change the body's procedures, record their decisions (coordinators and directors). */
  manageProcedures: z.boolean(),
  /** Read citizens' feedback (the handlers: coordinator, director, a department's reporters for what is sent to it; a viewer). */
  readFeedback: z.boolean(),
  /** Receive, assign, refuse, close feedback and set the body's rules (coordinator, director). */
  handleFeedback: z.boolean(),
  readSurveys: z.boolean(),
  /** Build and publish the body's satisfaction surveys (coordinator, director, communication editor). */
  manageSurveys: z.boolean(),
  /** Define the body's CCHC criteria sets, and open and publish scoring rounds for the bodies under it (coordinator, director; only a department of health has bodies to score). */
  manageScoring: z.boolean(),
  /** Score the body's own CCHC self-assessment, attach evidence, submit it and answer the review (coordinator, director). Reviewing is given per round. */
  selfAssess: z.boolean(),
});

export const meSchema = z.object({
  user: z.object({ id: z.string(), username: z.string(), fullName: z.string(), email: z.string().nullable(), title: z.string().nullable() }),
  roles: z.array(roleGrantSchema),
  /** The body the person works for (the first body among their roles), used as the default context. */
  organization: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() }),
  can: abilitiesSchema,
  /** For each ability, the roles that have it (from the policy table): a refusal says who may. */
  allowedRoles: z.record(abilitiesSchema.keyof(), z.array(z.enum(ROLES))),
});
export type MeDto = z.infer<typeof meSchema>;
