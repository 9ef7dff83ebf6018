import { z } from 'zod';
import { planDraftSchema } from './plan-import';

/** What a lead or coordinator as written was matched to in the caller's body, or what is proposed for it. */
export const assigneeMatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['organization', 'group', 'external']), id: z.string(), name: z.string(), confidence: z.number() }),
  z.object({ kind: z.enum(['new_unit', 'new_external']), name: z.string() }),
]);
export type AssigneeMatchDto = z.infer<typeof assigneeMatchSchema>;

export const IMPORT_FORMATS = ['docx', 'pdf', 'txt'] as const;

/** The answer to an uploaded plan: nothing is saved until the reviewed draft is sent to POST /api/plans. */
export const planImportResultSchema = z.object({
  draft: planDraftSchema,
  /** The text the parser read; `draft.problems[].line` counts its lines from 1. */
  sourceText: z.string(),
  format: z.enum(IMPORT_FORMATS),
  /** Keyed by the name as the task table writes it. */
  assignees: z.record(z.string(), assigneeMatchSchema),
});
export type PlanImportResult = z.infer<typeof planImportResultSchema>;
