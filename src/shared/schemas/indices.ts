import { z } from 'zod';
import { INDEX_KINDS, INDEX_SCOPES } from '../index-vocabulary';
import { idSchema } from './common';

/** A score as people write it: "89,52" or "89.52"; kept as text so that no database rounds it. */
const scoreSchema = z
  .string()
  .trim()
  .max(20)
  .transform((v) => v.replace(',', '.'))
  .pipe(z.string().regex(/^\d{1,4}(\.\d{1,4})?$/, 'Điểm số phải là số, ví dụ 89,52.'));

export const saveIndexResultSchema = z
  .strictObject({
    organizationId: idSchema.optional(),
    kind: z.enum(INDEX_KINDS),
    scope: z.enum(INDEX_SCOPES),
    year: z.number().int().min(2010).max(2100),
    value: scoreSchema.nullable(),
    rank: z.number().int().min(1).max(10_000).nullable(),
    rankOf: z.number().int().min(1).max(10_000).nullable(),
    targetValue: scoreSchema.nullable().optional(),
    targetRank: z.number().int().min(1).max(10_000).nullable().optional(),
    source: z.string().trim().max(500).nullable().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((v) => v.rank === null || v.rankOf === null || v.rank <= v.rankOf, { message: 'Thứ hạng không thể lớn hơn số đơn vị được xếp hạng.', path: ['rank'] });

export const indexResultSchema = z.object({
  id: z.string(),
  kind: z.enum(INDEX_KINDS),
  scope: z.enum(INDEX_SCOPES),
  year: z.number(),
  value: z.string().nullable(),
  rank: z.number().nullable(),
  rankOf: z.number().nullable(),
  /** "06/63", as the results are quoted. */
  rankText: z.string().nullable(),
  targetValue: z.string().nullable(),
  targetRank: z.number().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type IndexResultDto = z.infer<typeof indexResultSchema>;

export const listIndexResultsQuerySchema = z.strictObject({
  organizationId: idSchema.optional(),
  from: z.coerce.number().int().min(2010).max(2100).optional(),
  to: z.coerce.number().int().min(2010).max(2100).optional(),
});

export const kpiSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Null when the data behind it is not kept yet (e.g. before the procedures or feedback modules hold any). */
  value: z.number().nullable(),
  unit: z.enum(['percent', 'count']),
  detail: z.string(),
  /** The plan target it is measured against, as the plan words it; null when no plan of the year sets one. */
  target: z.object({ text: z.string(), value: z.number(), comparator: z.enum(['at_least', 'above', 'exactly', 'at_most']) }).nullable(),
  met: z.boolean().nullable(),
});
export type KpiDto = z.infer<typeof kpiSchema>;
