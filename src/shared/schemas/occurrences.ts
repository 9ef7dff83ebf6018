import { z } from 'zod';
import { daySchema, idSchema, paginationQuerySchema, queryFlag } from './common';

export const OCCURRENCE_STATUS_VALUES = ['not_started', 'in_progress', 'submitted', 'done', 'not_applicable'] as const;

export const listOccurrencesQuerySchema = paginationQuerySchema.extend({
  mine: queryFlag,
  late: queryFlag,
  /** Only work still to do: not done, not marked "not applicable". */
  open: queryFlag,
  status: z.enum(OCCURRENCE_STATUS_VALUES).optional(),
  planId: idSchema.optional(),
  /** Due on or after / on or before these days (yyyy-mm-dd): what a calendar month or quarter shows. */
  dueFrom: daySchema().optional(),
  dueTo: daySchema().optional(),
});

export const updateOccurrenceSchema = z
  .strictObject({
    status: z.enum(OCCURRENCE_STATUS_VALUES),
    progress: z.number().int().min(0).max(100),
    note: z.string().trim().max(5000).nullable(),
  })
  .partial();

export const reviewOccurrenceSchema = z.strictObject({
  decision: z.enum(['accept', 'return']),
  comment: z.string().trim().max(2000).optional(),
});

/** A comment on a period of work: the unit and its reviewer talk in its history. */
export const commentOccurrenceSchema = z.strictObject({ text: z.string().trim().min(1, 'Hãy viết ý kiến.').max(2000) });

export const occurrenceSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  planId: z.string(),
  plan: z.object({ id: z.string(), numberAndSymbol: z.string(), title: z.string() }),
  taskTitle: z.string(),
  organization: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  start: z.string().nullable(),
  end: z.string().nullable(),
  due: z.string().nullable(),
  status: z.enum(OCCURRENCE_STATUS_VALUES),
  progress: z.number(),
  note: z.string().nullable(),
  /** Computed from the due date in Vietnam time, never typed. */
  late: z.boolean(),
  lateness: z.enum(['not_late', 'overdue', 'finished_late']),
  /** Where it stands today by the one rule every count uses (done, late, due, not applicable, undated). */
  standing: z.enum(['done', 'late', 'due', 'notApplicable', 'undated']),
  submittedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  updatedAt: z.string(),
  /** `comment`: the unit doing the work and those who review it may comment on it. */
  can: z.object({ update: z.boolean(), review: z.boolean(), comment: z.boolean() }),
}).meta({ id: 'Occurrence' });
export type OccurrenceDto = z.infer<typeof occurrenceSchema>;

export const occurrenceEventSchema = z.object({
  at: z.string(),
  actor: z.string().nullable(),
  kind: z.string(),
  status: z.string(),
  progress: z.number(),
  note: z.string().nullable(),
  comment: z.string().nullable(),
});
