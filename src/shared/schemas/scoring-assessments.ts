import { z } from 'zod';
import { idSchema } from './common';
import { webAddressSchema } from './web-address';

/** A body's self-assessment in a round, its review and its evidence (issue 16). */

const points = z.number().min(0).max(1000);
const code = z.string().trim().min(1).max(20);

/** The body's scores, only those sent are changed; `points: null` clears a score. */
export const saveSelfScoresSchema = z.strictObject({
  scores: z
    .array(z.strictObject({ code, points: points.nullable(), /** How the score was reached, or why there is no evidence. */ note: z.string().trim().max(2000).nullish() }))
    .min(1)
    .max(500),
});

/** The review team's scores: the body's own score accepts it; another needs the reason the body will read. */
export const saveReviewScoresSchema = z.strictObject({
  scores: z.array(z.strictObject({ code, points, reason: z.string().trim().max(2000).nullish() })).min(1).max(500),
});

/** The body's one answer (giải trình) to a score the review team changed. */
export const answerReviewSchema = z.strictObject({ code, text: z.string().trim().min(1).max(4000) });

/** Evidence picked from what the system holds of the body, a figure it computes, or a link. Files: POST …/evidence/file. */
export const addEvidenceSchema = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('occurrence'), criterionCode: code, occurrenceId: idSchema }),
  z.strictObject({ source: z.literal('report'), criterionCode: code, reportId: idSchema }),
  z.strictObject({ source: z.literal('media_item'), criterionCode: code, mediaItemId: idSchema }),
  z.strictObject({ source: z.literal('procedure'), criterionCode: code, procedureId: idSchema }),
  z.strictObject({ source: z.literal('figure'), criterionCode: code, figure: z.enum(['tasks_on_time', 'reports_on_time', 'procedures_posted', 'feedback_on_time', 'survey_satisfaction']) }),
  z.strictObject({ source: z.literal('link'), criterionCode: code, url: webAddressSchema(2000), name: z.string().trim().min(1).max(300) }),
]);

export const evidenceSchema = z.object({
  id: z.string(),
  criterionCode: z.string(),
  source: z.enum(['file', 'link', 'occurrence', 'report', 'media_item', 'procedure', 'figure']),
  label: z.string(),
  /** What it showed when picked ("Hoàn thành 12/03/2026 · 2 tệp", "96,5 %"). */
  detail: z.string().nullable(),
  /** Where to open it: the file, the link, or the page of the thing in the app. */
  href: z.string().nullable(),
  createdAt: z.string(),
  canRemove: z.boolean(),
});

const proposalSchema = z.object({
  figure: z.string(),
  figureLabel: z.string(),
  /** The share the system computes for the body's year (null: nothing to count yet). */
  percent: z.number().nullable(),
  /** The points the guide gives that share (null when no step holds it or there is no share). */
  points: z.number().nullable(),
});

/** One row of the criteria table, in the set's order: an area, a criterion or a scored sub-criterion. */
export const assessmentCriterionSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** 1 area, 2 criterion, 3 sub-criterion. */
  level: z.number(),
  maxPoints: z.number(),
  guide: z.string().nullable(),
  evidenceNeeded: z.string().nullable(),
  /** Scored directly (a leaf): the rows below are filled only for these. */
  scored: z.boolean(),
  proposal: proposalSchema.nullable(),
  selfPoints: z.number().nullable(),
  selfNote: z.string().nullable(),
  reviewPoints: z.number().nullable(),
  reviewReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** The points it ends with; for an area or criterion, its children's added up. */
  finalPoints: z.number().nullable(),
  evidence: z.array(evidenceSchema),
});

const totalsSchema = z.object({ total: z.number(), className: z.string().nullable() });

export const assessmentSchema = z.object({
  id: z.string(),
  round: z.object({ id: z.string(), name: z.string(), year: z.number(), organization: z.object({ id: z.string(), name: z.string() }), selfDeadline: z.string(), reviewDeadline: z.string(), phase: z.string(), phaseLabel: z.string(), publishedAt: z.string().nullable() }),
  organization: z.object({ id: z.string(), name: z.string() }),
  state: z.enum(['draft', 'submitted']),
  submittedAt: z.string().nullable(),
  reopened: z.boolean(),
  maxPoints: z.number(),
  criteria: z.array(assessmentCriterionSchema),
  self: totalsSchema,
  final: totalsSchema,
  unscored: z.array(z.string()),
  lastYear: z.object({ total: z.number(), className: z.string().nullable(), rank: z.number() }).nullable(),
  /** Once published: the body's rank of how many. */
  rank: z.object({ rank: z.number(), of: z.number() }).nullable(),
  can: z.object({ selfAssess: z.boolean(), submit: z.boolean(), withdraw: z.boolean(), review: z.boolean(), reopen: z.boolean(), answer: z.boolean() }),
  /** Why the body cannot change its scores now (shown above the table), or null. */
  lockedBecause: z.string().nullable(),
});

export const scoreChangeSchema = z.object({
  criterionCode: z.string(),
  stage: z.enum(['self', 'review']),
  from: z.number().nullable(),
  to: z.number().nullable(),
  reason: z.string().nullable(),
  by: z.string().nullable(),
  at: z.string(),
});
export const scoreHistorySchema = z.object({ items: z.array(scoreChangeSchema) });

const option = z.object({ id: z.string(), label: z.string(), detail: z.string().nullable() });
/** What the system holds of the body in the round's year, to pick as evidence. */
export const evidenceOptionsSchema = z.object({
  occurrences: z.array(option),
  reports: z.array(option),
  mediaItems: z.array(option),
  procedures: z.array(option),
  figures: z.array(z.object({ figure: z.string(), label: z.string(), percent: z.number().nullable(), detail: z.string() })),
});
