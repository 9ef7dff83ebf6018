import { z } from 'zod';
import { daySchema, idSchema } from './common';

export const REMINDER_SIGNERS = ['director', 'deputy'] as const;

export const reminderNoticeQuerySchema = z.strictObject({
  /** Only the late work of this plan; without it, of every issued plan of the body. */
  planId: idSchema.optional(),
  /** The day lateness is counted on (yyyy-mm-dd); today in Vietnam when absent. */
  asOf: daySchema().optional(),
  /** The director signs, or a deputy signs for the director ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). */
  signer: z.enum(REMINDER_SIGNERS).default('director'),
});
export type ReminderNoticeQuery = z.infer<typeof reminderNoticeQuerySchema>;
