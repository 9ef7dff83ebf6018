import { z } from 'zod';
import { REFORM_AREAS } from '../plan-vocabulary';

const tally = z.object({ total: z.number(), done: z.number(), doneLate: z.number(), late: z.number(), due: z.number(), notApplicable: z.number(), undated: z.number() });
const reportLine = z.object({ period: z.string(), label: z.string(), dueOn: z.string(), reportId: z.string().nullable(), state: z.string().nullable(), submittedAt: z.string().nullable() });

/** What CCHC scoring asks of the person now (issue 16): score their body, answer the review, review, publish, or a result just out. */
export const scoringDutySchema = z.object({
  kind: z.enum(['self_assess', 'answer', 'review', 'publish', 'result']),
  roundId: z.string(),
  roundName: z.string(),
  /** The body's assessment to open (self-assessment, answer, result). */
  assessmentId: z.string().nullable(),
  dueOn: z.string().nullable(),
  /** Criteria still to score, scores to answer, or bodies waiting for the review. */
  count: z.number().nullable(),
  rank: z.object({ rank: z.number(), of: z.number(), className: z.string().nullable() }).nullable(),
});

/** The home page ("Việc của tôi"): what to do now, and for those who follow a body, how it stands. */
export const homeSchema = z.object({
  today: z.string(),
  year: z.number(),
  /** The person's own work (their departments', or their body's for its coordinator and director). */
  mine: z.object({
    dueThisWeek: z.number(),
    late: z.number(),
    returned: z.number(),
    undated: z.number(),
    /** Handed in and waiting for this person's review; null when they review nothing. */
    toReview: z.number().nullable(),
    plansToApprove: z.number().nullable(),
    itemsToApprove: z.number().nullable(),
  }),
  /** For a coordinator or director: their body's year. */
  body: z
    .object({
      id: z.string(),
      name: z.string(),
      tally,
      areas: z.array(z.object({ area: z.enum(REFORM_AREAS), label: z.string(), tally, trend: z.array(z.number().nullable()) })),
      lateByUnit: z.array(z.object({ id: z.string(), name: z.string(), late: z.number() })),
      reports: z.array(reportLine),
    })
    .nullable(),
  /** For a department of health: its bodies, most late work first, with their reports. */
  bodies: z
    .array(z.object({ id: z.string(), code: z.string(), name: z.string(), tally, reportsSent: z.number(), reportsDue: z.number(), lastReport: reportLine.nullable() }))
    .nullable(),
  scoring: z.array(scoringDutySchema),
});
export type HomeDto = z.infer<typeof homeSchema>;
