import { z } from 'zod';
import { FEEDBACK_CHANNELS, FEEDBACK_STATES, FEEDBACK_TIMELINESS } from '../feedback-vocabulary';
import { daySchema, idSchema, paginationQuerySchema, queryFlag } from './common';

/**
 * The staff API of citizens' feedback (`/api/feedback`, SPEC §2.8, issue 14). Contact data (name,
 * phone, e-mail, sender's address) appears only in `contact` of one item, and only for the people
 * handling it, the body's coordinator and director (decision 0026); lists never carry it.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

export const FEEDBACK_LIMITS = { subject: 300, content: 10_000, answer: 20_000, reason: 2_000, name: 200, phone: 20, email: 254 } as const;

/** A phone number as people write it: digits, spaces, dots, dashes, a leading +; 8 to 15 digits. */
export const contactPhoneSchema = z
  .string()
  .trim()
  .max(FEEDBACK_LIMITS.phone)
  .refine((v) => /^\+?[\d\s.\-()]+$/.test(v) && v.replace(/\D/g, '').length >= 8 && v.replace(/\D/g, '').length <= 15, { message: 'Số điện thoại không hợp lệ.' });

export const contactSchema = z.strictObject({
  name: z.string().trim().max(FEEDBACK_LIMITS.name).nullish(),
  phone: contactPhoneSchema.nullish(),
  email: z.email({ message: 'Địa chỉ e-mail không hợp lệ.' }).max(FEEDBACK_LIMITS.email).nullish(),
});

/** Staff record feedback that came by hotline, box, in person or by e-mail (the public form has its own route). */
export const createFeedbackSchema = z.strictObject({
  organizationId: idSchema,
  channel: z.enum(FEEDBACK_CHANNELS),
  subject: text(FEEDBACK_LIMITS.subject),
  content: text(FEEDBACK_LIMITS.content),
  procedureId: idSchema.nullish(),
  concernsUnitId: idSchema.nullish(),
  contact: contactSchema.nullish(),
  /** The citizen agreed that the contact be kept to answer this feedback; without it no contact is stored. */
  consent: z.boolean().default(false),
  /** The day it came in, when recorded later (default today); the deadline counts from it. */
  receivedOn: daySchema().optional(),
});

/** One handling step (domain/feedback/workflow.ts says which are open from which state). */
export const feedbackStepSchema = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('assign'), unitId: idSchema, userId: idSchema.nullish(), note: z.string().trim().max(FEEDBACK_LIMITS.reason).nullish() }),
  z.strictObject({ step: z.literal('answer'), answer: text(FEEDBACK_LIMITS.answer), publish: z.boolean().default(false) }),
  z.strictObject({ step: z.literal('close'), note: z.string().trim().max(FEEDBACK_LIMITS.reason).nullish() }),
  z.strictObject({ step: z.literal('refuse'), reason: text(FEEDBACK_LIMITS.reason) }),
  z.strictObject({ step: z.literal('reopen'), note: text(FEEDBACK_LIMITS.reason) }),
  /** Show or withdraw the answer on the citizen's tracking page. */
  z.strictObject({ step: z.literal('publish'), published: z.boolean() }),
]);
export type FeedbackStepInput = z.infer<typeof feedbackStepSchema>;

export const feedbackListQuerySchema = paginationQuerySchema.extend({
  organizationId: idSchema.optional(),
  state: z.enum(FEEDBACK_STATES).optional(),
  /** Open and past its due day. */
  overdue: queryFlag,
  assignedUnitId: idSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(200).optional(),
});

const ref = z.object({ id: z.string(), name: z.string() });

export const feedbackSummarySchema = z.object({
  id: z.string(),
  organization: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  /** As the citizen writes it: "ABCD-EF23". */
  trackingCode: z.string(),
  channel: z.enum(FEEDBACK_CHANNELS),
  subject: z.string(),
  state: z.enum(FEEDBACK_STATES),
  receivedOn: z.string(),
  dueOn: z.string(),
  timeliness: z.enum(FEEDBACK_TIMELINESS),
  assignedUnit: ref.nullable(),
  assignedUser: ref.nullable(),
  answeredOn: z.string().nullable(),
  answerPublished: z.boolean(),
  hasContact: z.boolean(),
});
export type FeedbackSummaryDto = z.infer<typeof feedbackSummarySchema>;

export const feedbackSchema = feedbackSummarySchema.extend({
  content: z.string(),
  procedure: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  concernsUnit: ref.nullable(),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  refusalReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  events: z.array(z.object({ step: z.string(), fromState: z.string().nullable(), toState: z.string(), note: z.string().nullable(), actorName: z.string().nullable(), at: z.string() })),
  files: z.array(z.object({ id: z.string(), name: z.string(), mediaType: z.string(), size: z.number(), url: z.string() })),
  /** Only for the handlers, the coordinator and the director; null for everyone else and after erasure. */
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(), ip: z.string().nullable(), consentAt: z.string().nullable() }).nullable(),
  personalDataErasedAt: z.string().nullable(),
  publicUrl: z.string(),
  can: z.object({ assign: z.boolean(), answer: z.boolean(), publish: z.boolean(), close: z.boolean(), refuse: z.boolean(), reopen: z.boolean(), seeContact: z.boolean() }),
});
export type FeedbackDto = z.infer<typeof feedbackSchema>;

/** The one count of feedback over a period (feedback/counts): the KPI, the report, the list's head and the DOH table. */
export const feedbackCountsSchema = z.object({
  received: z.number(),
  answered: z.number(),
  refused: z.number(),
  open: z.number(),
  /** Open and past due on the day counted. */
  overdue: z.number(),
  /** Settled after the due day. */
  answeredLate: z.number(),
  /** Of the items due by the day counted, settled by their due day. */
  due: z.number(),
  onTime: z.number(),
  onTimePercent: z.number().nullable(),
});
export type FeedbackCountsDto = z.infer<typeof feedbackCountsSchema>;

export const feedbackListSchema = z.object({ items: z.array(feedbackSummarySchema), nextCursor: z.string().nullable(), counts: feedbackCountsSchema });

export const feedbackSettingsSchema = z.strictObject({
  organizationId: idSchema,
  answerWorkingDays: z.number().int().min(1).max(60),
  retentionMonths: z.number().int().min(1).max(120),
});
export type FeedbackSettingsDto = z.infer<typeof feedbackSettingsSchema>;

/** Every body in reach with its feedback count for the year (the department of health's table). */
export const feedbackByBodySchema = z.object({
  year: z.number(),
  items: z.array(z.object({ organization: z.object({ id: z.string(), code: z.string(), name: z.string() }), counts: feedbackCountsSchema })),
  total: feedbackCountsSchema,
});
