import { z } from 'zod';
import { MEDIA_KINDS } from '../media-vocabulary';
import { daySchema, idSchema } from './common';

/**
 * Good practices sent upward each month, communication counts and the plan targets tracked against
 * them (SPEC §2.6, issue 5 points 4 and 6). A month is "yyyy-mm"; its rule lives in domain/media.
 */
const monthField = z.string().trim().max(7);

export const submitGoodPracticesSchema = z.strictObject({ month: monthField, itemIds: z.array(idSchema).min(1).max(100) });
export const goodPracticesQuerySchema = z.strictObject({
  month: monthField,
  /** own: what the caller's body sent; children: what the bodies under a department of health sent it. */
  scope: z.enum(['own', 'children']).default('own'),
  organizationId: idSchema.optional(),
});
export const goodPracticeSelectionSchema = z.strictObject({ selected: z.boolean() });

const bodyRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const goodPracticeSchema = z.object({
  id: z.string(),
  month: z.string(),
  organization: bodyRef,
  item: z.object({ id: z.string(), title: z.string(), kind: z.enum(MEDIA_KINDS), summary: z.string().nullable(), firstPublishedOn: z.string().nullable(), publicUrl: z.string().nullable() }),
  submittedAt: z.string(),
  selected: z.boolean(),
  selectedAt: z.string().nullable(),
  can: z.object({ select: z.boolean() }),
});
export type GoodPracticeDto = z.infer<typeof goodPracticeSchema>;

/** A published good practice of the body not yet sent that month: what the body can tick. */
export const goodPracticeCandidateSchema = z.object({ id: z.string(), title: z.string(), kind: z.enum(MEDIA_KINDS), summary: z.string().nullable(), firstPublishedOn: z.string().nullable() });

export const goodPracticeListSchema = z.object({
  month: z.string(),
  scope: z.enum(['own', 'children']),
  body: bodyRef,
  items: z.array(goodPracticeSchema),
  /** scope=own only: what may still be sent this month. */
  candidates: z.array(goodPracticeCandidateSchema),
  can: z.object({ submit: z.boolean(), select: z.boolean() }),
});
export type GoodPracticeListDto = z.infer<typeof goodPracticeListSchema>;

export const MEDIA_STATS_GROUPINGS = ['channel', 'kind', 'area', 'body', 'month'] as const;
export const mediaStatsQuerySchema = z.strictObject({
  from: daySchema(),
  to: daySchema(),
  groupBy: z.enum(MEDIA_STATS_GROUPINGS).default('channel'),
  /** own: the body itself; children: the bodies under a department of health. */
  scope: z.enum(['own', 'children']).default('own'),
  organizationId: idSchema.optional(),
});
const countsSchema = z.object({ published: z.number(), items: z.number() });
export const mediaStatsSchema = z.object({
  body: bodyRef,
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(MEDIA_STATS_GROUPINGS),
  scope: z.enum(['own', 'children']),
  /** `published`: publications (one per item and channel); `items`: distinct published items. */
  rows: z.array(countsSchema.extend({ key: z.string(), label: z.string() })),
  total: countsSchema,
});
export type MediaStatsDto = z.infer<typeof mediaStatsSchema>;

export const COMMUNICATION_METRICS = ['body_share', 'items_per_year', 'items_per_quarter', 'items_per_month'] as const;
export const communicationTargetSchema = z.object({
  text: z.string(),
  /** null: the target is not about communication counts, and is not tracked here. */
  metric: z.enum(COMMUNICATION_METRICS).nullable(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  met: z.boolean().nullable(),
  detail: z.string(),
});
export type CommunicationTargetDto = z.infer<typeof communicationTargetSchema>;
