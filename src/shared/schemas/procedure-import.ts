import { z } from 'zod';
import { LEGAL_DOCUMENT_KINDS } from '../legal-document-kinds';
import { PROCEDURE_LEVELS, PROCESSING_TIME_UNITS } from '../procedure-vocabulary';
import { idSchema } from './common';
import { createProcedureSchema } from './procedures';

/** The most procedures one list may carry: a province's whole health sector is a few hundred. */
export const MAX_IMPORTED_PROCEDURES = 1000;

/**
 * One procedure of a list as the registry takes it: the same rules as adding one by hand (code, name,
 * field, level, time, fees, legal basis, deciding document), so a row the preview passes is one the
 * apply accepts, and the apply checks every row again whatever the client sends.
 */
export const importedProcedureSchema = createProcedureSchema
  .pick({ code: true, name: true, field: true, level: true, processingTime: true, fees: true, legalBasis: true })
  .extend({ decidingDocument: createProcedureSchema.shape.issued.shape.decidingDocument });
export type ImportedProcedure = z.infer<typeof importedProcedureSchema>;

export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'error'] as const;

export const applyProcedureImportSchema = z.strictObject({
  /** The body whose registry it goes to; by default the caller's own, as when adding one procedure. */
  organizationId: idSchema.optional(),
  rows: z
    .array(
      importedProcedureSchema.extend({
        /** What the preview said the row does: a registry changed since then refuses the whole import (409). */
        action: z.enum(['create', 'update']),
        /** The row of the file it came from, echoed in any refusal so the person can find it. */
        row: z.number().int().positive().optional(),
      }),
    )
    .min(1)
    .max(MAX_IMPORTED_PROCEDURES),
});
export type ApplyProcedureImport = z.infer<typeof applyProcedureImportSchema>;

const problemSchema = z.object({ code: z.string(), message: z.string() });

export const procedureImportRowSchema = z.object({
  /** The row number in Excel. */
  row: z.number(),
  action: z.enum(IMPORT_ACTIONS),
  code: z.string().nullable(),
  name: z.string().nullable(),
  field: z.string().nullable(),
  level: z.enum(PROCEDURE_LEVELS),
  processingTime: z.object({ value: z.number().nullable(), unit: z.enum(PROCESSING_TIME_UNITS), note: z.string().nullable() }).nullable(),
  fees: z.array(z.object({ name: z.string(), amountDong: z.number().nullable(), note: z.string().nullable() })),
  decidingDocument: z.string().nullable(),
  legalBasis: z.string().nullable(),
  /** The document the deciding text cites, and its entry in the legal-document registry when it has one. */
  recognisedDocument: z.object({ kind: z.enum(LEGAL_DOCUMENT_KINDS), code: z.string(), date: z.string().nullable(), issuer: z.string().nullable(), id: z.string().nullable() }).nullable(),
  /** For a new procedure: the day its "issued" event takes effect, and whether the deciding document gave it (else it is today). */
  effectiveOn: z.string().nullable(),
  effectiveOnFromDocument: z.boolean(),
  /** The procedure of the registry it updates or matches. */
  procedureId: z.string().nullable(),
  changes: z.array(z.object({ field: z.enum(['name', 'field']), before: z.string(), after: z.string() })),
  problems: z.array(problemSchema),
});
export type ProcedureImportRowDto = z.infer<typeof procedureImportRowSchema>;

export const procedureImportPreviewSchema = z.object({
  organization: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  rows: z.array(procedureImportRowSchema),
  counts: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), error: z.number() }),
});
export type ProcedureImportPreviewDto = z.infer<typeof procedureImportPreviewSchema>;

export const applyProcedureImportResultSchema = z.object({ created: z.number(), updated: z.number() });
