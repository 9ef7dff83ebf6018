import { z } from 'zod';

export const expandScheduleSchema = z.strictObject({
  text: z.string().max(500),
  year: z.number().int().min(2000).max(2099),
});

export const occurrenceSpanSchema = z.object({ start: z.string(), end: z.string(), due: z.string() });

/** A deadline as written, understood or not: a person fixes what is not understood. */
export const expandScheduleResponseSchema = z.discriminatedUnion('understood', [
  z.object({
    understood: z.literal(true),
    kind: z.string(),
    description: z.string(),
    occurrences: z.array(occurrenceSpanSchema),
  }),
  z.object({ understood: z.literal(false), reason: z.string(), occurrences: z.array(occurrenceSpanSchema).length(0) }),
]);
