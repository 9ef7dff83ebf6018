import { z } from 'zod';
import { idSchema } from './common';

/**
 * A criterion of a CCHC criteria set (issue 16): areas → criteria → sub-criteria, written out level by
 * level (a set has three, no more), so the OpenAPI description shows each; a body is scored on the leaves.
 */
const criterionFields = {
  /** As numbered in the set, unique in it: "I", "I.1", "I.1.a". */
  code: z.string().trim().min(1).max(20),
  name: z.string().trim().min(1).max(500),
  maxPoints: z.number().positive().max(1000),
  /** How to score it; steps on a share ("100%: 2 điểm; 80–<100%: 1 điểm; dưới 80%: 0") let the system propose the score. */
  guide: z.string().trim().max(5000).nullish(),
  evidence: z.string().trim().max(2000).nullish(),
};
const subCriterionSchema = z.strictObject(criterionFields);
const criterionSchema = z.strictObject({ ...criterionFields, children: z.array(subCriterionSchema).max(100).optional() });
export const areaSchema = z.strictObject({ ...criterionFields, children: z.array(criterionSchema).max(100).optional() });
export type CriterionInput = z.infer<typeof areaSchema> | z.infer<typeof criterionSchema> | z.infer<typeof subCriterionSchema>;

export const scoreBandSchema = z.strictObject({ name: z.string().trim().min(1).max(50), minPoints: z.number().min(0).max(1000) });

export const createCriteriaSetSchema = z.strictObject({
  /** The body whose set it is (default: the user's body); a department of health scores its hospitals and centres with it. */
  organizationId: idSchema.optional(),
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(300),
  areas: z.array(areaSchema).min(1).max(50),
  bands: z.array(scoreBandSchema).min(1).max(10),
});

export const updateCriteriaSetSchema = z.strictObject({
  name: z.string().trim().min(1).max(300).optional(),
  areas: z.array(areaSchema).min(1).max(50).optional(),
  bands: z.array(scoreBandSchema).min(1).max(10).optional(),
});

/** Next year's set from this one, to edit: same criteria and bands. */
export const copyCriteriaSetSchema = z.strictObject({ year: z.number().int().min(2000).max(2100), name: z.string().trim().min(1).max(300).optional() });

export type CriterionView = { code: string; name: string; maxPoints: number; guide: string | null; evidence: string | null; children: CriterionView[]; rule: { figure: string | null; steps: number } | null };

const criterionViewSchema: z.ZodType<CriterionView> = z
  .lazy(() =>
    z.object({
      code: z.string(),
      name: z.string(),
      maxPoints: z.number(),
      guide: z.string().nullable(),
      evidence: z.string().nullable(),
      children: z.array(criterionViewSchema),
      /** The guide read as a rule: which system figure it is about (null when its words name none) and how many steps. */
      rule: z.object({ figure: z.string().nullable(), steps: z.number() }).nullable(),
    }),
  )
  .meta({ id: 'CriterionView' });

export const criteriaSetSchema = z.object({
  id: z.string(),
  organization: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  name: z.string(),
  areas: z.array(criterionViewSchema),
  bands: z.array(z.object({ name: z.string(), minPoints: z.number() })),
  maxPoints: z.number(),
  /** How many criteria a body scores (the leaves). */
  scoredCriteria: z.number(),
  canEdit: z.boolean(),
  updatedAt: z.string(),
});

export const criteriaSetListSchema = z.object({ items: z.array(criteriaSetSchema) });
export const criteriaSetListQuerySchema = z.strictObject({ organizationId: idSchema.optional() });

/** What a sheet would give, before anything is saved: the areas as read (to send to POST …/criteria-sets), their total, what could not be read. */
export const criteriaImportPreviewSchema = z.object({
  areas: z.array(z.any()),
  maxPoints: z.number(),
  scoredCriteria: z.number(),
  problems: z.array(z.object({ code: z.string().nullable(), message: z.string() })),
});
