import { z } from 'zod';
import { PLAN_STATES } from '../plan-vocabulary';
import { evidenceSchema } from './evidence';
import { mediaItemSummarySchema } from './media';
import { occurrenceEventSchema, occurrenceSchema } from './occurrences';
import { assigneeRefSchema } from './plans';
import { taskSchema } from './plans-api';

const namedAssigneeSchema = z.intersection(assigneeRefSchema, z.object({ name: z.string().nullable() }));

/**
 * One task on a page of its own: what it asks, its plan, who leads and helps, and each period of it
 * the reader may see with its evidence and its whole history.
 */
export const taskPageSchema = z.object({
  task: taskSchema.pick({ id: true, number: true, title: true, reformArea: true, deadlineText: true, schedule: true, outputText: true, outputKind: true, note: true }).extend({
    lead: namedAssigneeSchema.nullable(),
    coordinators: z.array(namedAssigneeSchema),
  }),
  plan: z.object({ id: z.string(), numberAndSymbol: z.string(), title: z.string(), state: z.enum(PLAN_STATES), year: z.number(), organization: z.object({ id: z.string(), name: z.string() }) }),
  occurrences: z.array(
    occurrenceSchema.extend({
      /** No longer in the plan (its deadline or units changed): kept for the record, closed to updates. */
      detached: z.boolean(),
      evidence: z.array(evidenceSchema),
      history: z.array(occurrenceEventSchema),
    }),
  ),
  mediaItems: z.array(mediaItemSummarySchema),
  can: z.object({
    /** The task is changed in its plan's task table. */
    editInPlan: z.boolean(),
  }),
});
export type TaskPageDto = z.infer<typeof taskPageSchema>;
