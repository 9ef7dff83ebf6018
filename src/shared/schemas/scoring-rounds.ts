import { z } from 'zod';
import { daySchema, idSchema } from './common';

/** CCHC scoring rounds (issue 16): a department of health opens one on its criteria set for some of its bodies. */

const reviewerIds = z.array(idSchema).max(50);
const bodyIds = z.array(idSchema).min(1).max(200);

export const createRoundSchema = z.strictObject({
  /** The department of health that opens the round (default: the user's body). */
  organizationId: idSchema.optional(),
  /** The year's criteria set of that department of health; the round scores its year. */
  criteriaSetId: idSchema,
  name: z.string().trim().min(1).max(300).optional(),
  /** The bodies scored: bodies under the department of health. */
  bodyIds,
  /** Last day a body may submit its self-assessment (dd/mm/yyyy is how the screen shows it; ISO here). */
  selfDeadline: daySchema(),
  /** Last day reviewers may change a score and bodies answer. */
  reviewDeadline: daySchema(),
  /** The review team (tổ thẩm định): people of the department of health. */
  reviewerIds,
});

export const updateRoundSchema = z.strictObject({
  name: z.string().trim().min(1).max(300).optional(),
  bodyIds: bodyIds.optional(),
  selfDeadline: daySchema().optional(),
  reviewDeadline: daySchema().optional(),
  reviewerIds: reviewerIds.optional(),
});

const named = z.object({ id: z.string(), name: z.string() });
const phaseSchema = z.enum(['self_assessment', 'review', 'closed', 'published']);
const stateSchema = z.enum(['draft', 'submitted']);

/** A body in a round, as those who may see it see it. */
export const roundBodySchema = z.object({
  assessmentId: z.string(),
  organization: named,
  state: stateSchema,
  submittedAt: z.string().nullable(),
  reopened: z.boolean(),
  /** Criteria scored by the body so far, of `scoredCriteria`. */
  scored: z.number(),
  evidenceCount: z.number(),
  selfTotal: z.number(),
  /** The total with the review team's scores where it gave some. */
  finalTotal: z.number(),
  className: z.string().nullable(),
  /** Criteria the review team scored differently from the body. */
  changedByReview: z.number(),
  /** Last year's published total and class of the body, if it was scored then. */
  lastYear: z.object({ total: z.number(), className: z.string().nullable(), rank: z.number() }).nullable(),
});

export const roundSchema = z.object({
  id: z.string(),
  organization: named,
  year: z.number(),
  name: z.string(),
  criteriaSet: z.object({ id: z.string(), name: z.string(), maxPoints: z.number(), scoredCriteria: z.number() }),
  selfDeadline: z.string(),
  reviewDeadline: z.string(),
  phase: phaseSchema,
  phaseLabel: z.string(),
  publishedAt: z.string().nullable(),
  reviewers: z.array(named),
  /** Every body of the round for its department of health and reviewers; a body sees only its own row. */
  bodies: z.array(roundBodySchema),
  /** The round has this many bodies in all (a body sees its own row only). */
  bodyCount: z.number(),
  can: z.object({ manage: z.boolean(), review: z.boolean(), publish: z.boolean(), seeResults: z.boolean() }),
});
export const roundListSchema = z.object({ items: z.array(roundSchema.omit({ bodies: true })) });

/** The published result: each body's points per area, total, class and rank, last year's beside it. */
export const roundResultsSchema = z.object({
  round: z.object({ id: z.string(), name: z.string(), year: z.number(), organization: named, publishedAt: z.string().nullable() }),
  published: z.boolean(),
  areas: z.array(z.object({ code: z.string(), name: z.string(), maxPoints: z.number() })),
  maxPoints: z.number(),
  bands: z.array(z.object({ name: z.string(), minPoints: z.number() })),
  rows: z.array(
    z.object({
      rank: z.number(),
      organization: named,
      areas: z.array(z.object({ code: z.string(), points: z.number() })),
      total: z.number(),
      className: z.string().nullable(),
      lastYear: z.object({ total: z.number(), className: z.string().nullable(), rank: z.number() }).nullable(),
    }),
  ),
  /** How many bodies reached each class. */
  classCounts: z.array(z.object({ name: z.string(), count: z.number() })),
});
