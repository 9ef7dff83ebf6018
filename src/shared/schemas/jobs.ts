import { z } from 'zod';
import { idSchema, paginationQuerySchema, queryFlag } from './common';
import { OCCURRENCE_STATUS_VALUES } from './occurrences';

const year = z.number().int().min(2000).max(2100);

/** Every occurrence in reach (or under one organisation), filtered like the list: the export with no row limit. */
export const occurrenceExportSchema = z.strictObject({
  kind: z.literal('occurrences'),
  /** An organisation whose work (and whose plans' work) is exported; the requester's whole reach when left out. */
  bodyId: idSchema.optional(),
  /** Work due in this year. */
  year: year.optional(),
  status: z.enum(OCCURRENCE_STATUS_VALUES).optional(),
  planId: idSchema.optional(),
  late: z.boolean().optional(),
});

/** The PDFs of a year's issued plans of the bodies under one organisation (or in reach), zipped. */
export const planPdfExportSchema = z.strictObject({
  kind: z.literal('plan-pdfs'),
  bodyId: idSchema.optional(),
  year,
  /** Only these plans, when given. */
  planIds: z.array(idSchema).min(1).max(200).optional(),
});

export const requestExportSchema = z.discriminatedUnion('kind', [occurrenceExportSchema, planPdfExportSchema]);
export type RequestExport = z.infer<typeof requestExportSchema>;
export type ExportKind = RequestExport['kind'];

export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;

export const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(JOB_STATES),
  /** `total` is null until the job knows how much there is. */
  progress: z.object({ done: z.number(), total: z.number().nullable(), note: z.string().nullable() }),
  /** Why it failed, in Vietnamese. */
  error: z.string().nullable(),
  /** Where to download the result, once done and until it expires. */
  resultUrl: z.string().nullable(),
  resultName: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type JobDto = z.infer<typeof jobSchema>;

/** Only ever the person's own jobs (`mine` is kept for the clients that send it); 20 a page unless asked. */
export const listJobsQuerySchema = paginationQuerySchema.extend({ mine: queryFlag, limit: z.coerce.number().int().min(1).max(100).default(20) });
