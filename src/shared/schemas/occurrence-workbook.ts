import { z } from 'zod';
import { idSchema, queryFlag } from './common';
import { OCCURRENCE_STATUS_VALUES, updateOccurrenceSchema } from './occurrences';

/** The most changes one workbook may carry: a department's open work is a few hundred periods. */
export const MAX_BULK_CHANGES = 1000;

export const workbookQuerySchema = z.strictObject({
  /** "My work" is the only scope a workbook has; the flag mirrors GET /api/occurrences. */
  mine: queryFlag,
});

const workStateSchema = z.object({ status: z.enum(OCCURRENCE_STATUS_VALUES), progress: z.number(), note: z.string().nullable() });

export const bulkChangeSchema = z.object({
  row: z.number(),
  occurrenceId: z.string(),
  taskTitle: z.string(),
  /** When the occurrence was last saved; sent back on apply so a change made meanwhile is not overwritten. */
  updatedAt: z.string(),
  before: workStateSchema,
  after: workStateSchema,
});

export const bulkProblemSchema = z.object({ row: z.number(), occurrenceId: z.string().nullable(), code: z.string(), message: z.string() });

export const bulkPreviewSchema = z.object({ changes: z.array(bulkChangeSchema), problems: z.array(bulkProblemSchema), unchanged: z.number() });
export type BulkPreviewDto = z.infer<typeof bulkPreviewSchema>;

export const applyBulkUpdateSchema = z.strictObject({
  changes: z
    .array(
      updateOccurrenceSchema.extend({
        occurrenceId: idSchema,
        updatedAt: z.string().min(1).max(40),
        /** The workbook row it came from, echoed in any refusal so the person can find it. */
        row: z.number().int().positive().optional(),
      }),
    )
    .min(1)
    .max(MAX_BULK_CHANGES),
});
export type ApplyBulkUpdate = z.infer<typeof applyBulkUpdateSchema>;

export const applyBulkUpdateResultSchema = z.object({ saved: z.number() });
