import { z } from 'zod';
import { idSchema } from './common';

export const REMINDER_SIGNERS = ['director', 'deputy'] as const;

export const reminderNoticeQuerySchema = z.object({
  /** Only the late work of this plan; without it, of every issued plan of the body. */
  planId: idSchema.optional(),
  /** The day lateness is counted on (yyyy-mm-dd); today in Vietnam when absent. */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-mm-dd')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Ngày không tồn tại')
    .optional(),
  /** The director signs, or a deputy signs for the director ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). */
  signer: z.enum(REMINDER_SIGNERS).default('director'),
});
export type ReminderNoticeQuery = z.infer<typeof reminderNoticeQuerySchema>;
