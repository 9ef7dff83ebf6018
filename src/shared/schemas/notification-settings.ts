import { z } from 'zod';
import { EMAIL_MODES } from '../email-modes';

/** What a person may change: unknown fields are refused, so a misspelt setting is never silently ignored. */
export const notificationSettingsInputSchema = z.strictObject({ email: z.enum(EMAIL_MODES) });
export type NotificationSettingsInput = z.infer<typeof notificationSettingsInputSchema>;

export const notificationSettingsSchema = z.object({
  email: z.enum(EMAIL_MODES),
  /** The address letters go to (set by an administrator); null: no e-mail whatever the setting. */
  address: z.string().nullable(),
  /** False when the server has no mail server configured: notifications stay in the app. */
  emailAvailable: z.boolean(),
});
export type NotificationSettingsDto = z.infer<typeof notificationSettingsSchema>;
