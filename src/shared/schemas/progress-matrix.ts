import { z } from 'zod';
import { checkOrganizationAlias, organizationAlias } from './common';

/** `organizationId` (or `bodyId`, its first name): the body to look at; the caller's own body when left out. */
export const matrixQuerySchema = z
  .strictObject({
    year: z.coerce.number().int().min(2000).max(2100),
    /** "units": a body's departments × quarters; "bodies": the bodies under a department of health × quarters. */
    scope: z.enum(['units', 'bodies']).default('units'),
    ...organizationAlias('bodyId'),
  })
  .superRefine(checkOrganizationAlias('bodyId', false));

export const matrixCellSchema = z.object({
  total: z.number(),
  done: z.number(),
  doneLate: z.number(),
  late: z.number(),
  due: z.number(),
  notApplicable: z.number(),
  /** Work whose task has no deadline the system understands: in the year cell only, never in a quarter. */
  undated: z.number(),
});
export type MatrixCellDto = z.infer<typeof matrixCellSchema>;

const quartersSchema = z.tuple([matrixCellSchema, matrixCellSchema, matrixCellSchema, matrixCellSchema]);

export const matrixSchema = z.object({
  year: z.number(),
  scope: z.enum(['units', 'bodies']),
  today: z.string(),
  body: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  rows: z.array(
    z.object({
      organization: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() }),
      /** 0 for the rows right under the body; deeper bodies (a commune station under a district centre) are indented. */
      depth: z.number(),
      quarters: quartersSchema,
      year: matrixCellSchema,
    }),
  ),
  totals: z.object({ quarters: quartersSchema, year: matrixCellSchema }),
  /** The year's plans of the body (units) or of each body (bodies): where a row drills down to. */
  plans: z.array(z.object({ id: z.string(), organizationId: z.string(), numberAndSymbol: z.string(), title: z.string(), state: z.string() })),
});
export type MatrixDto = z.infer<typeof matrixSchema>;
