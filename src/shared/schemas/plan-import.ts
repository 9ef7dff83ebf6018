import { z } from 'zod';

/**
 * What the importer reads out of an existing plan (issue 7): the draft the person reviews before it is
 * saved as a plan in `draft` state. The same shape is printed by `npx cchc import FILE` (as JSON).
 * Every text is as written in the document (spaces normalised, line breaks inside a sentence joined).
 */
export type ImportedSection = { heading: string | null; numbering: string | null; text: string | null; items: ImportedSection[] };

export const importedSectionSchema: z.ZodType<ImportedSection> = z
  .lazy(() => z.object({ heading: z.string().nullable(), numbering: z.string().nullable(), text: z.string().nullable(), items: z.array(importedSectionSchema) }))
  .meta({ id: 'ImportedSection' });

export const importedCitationSchema = z.object({ kind: z.string(), code: z.string(), date: z.string().nullable(), issuer: z.string().nullable() });

export const importedTaskSchema = z.object({
  /** STT as written ("1", "2.4.10", "I"). */
  number: z.string().nullable(),
  task: z.string(),
  lead: z.string().nullable(),
  coordinators: z.array(z.string()),
  /** The deadline as written ("Quý I năm 2026"). */
  deadline: z.string().nullable(),
  /** The deadline read by the schedule parser (`expandSchedule`'s description and kind), or null when not understood. */
  schedule: z.object({ understood: z.boolean(), kind: z.string().nullable(), description: z.string().nullable() }).nullable(),
  output: z.string().nullable(),
  note: z.string().nullable(),
  /** The reform area guessed from the section or the words of the task; null when unsure. */
  reformArea: z.string().nullable(),
  /** Where it was read: a row of the task table, or the plan's text ("Đơn vị chủ trì: …" under an item), less sure. */
  origin: z.enum(['table', 'text']),
});
export type ImportedTask = z.infer<typeof importedTaskSchema>;

/** A place in the source the importer could not read: shown highlighted beside the draft. */
export const importProblemSchema = z.object({ field: z.string(), message: z.string(), line: z.number().nullable() });

export const planDraftSchema = z.object({
  /** The issuing body's name as the heading writes it ("BỆNH VIỆN SẢN - NHI"). */
  issuer: z.string().nullable(),
  superior: z.string().nullable(),
  /** As printed, "0130" with its zero; null when left blank. */
  number: z.string().nullable(),
  /** "KH-BVSN" */
  symbol: z.string().nullable(),
  place: z.string().nullable(),
  /** ISO yyyy-mm-dd, or null when the date is left blank. */
  date: z.string().nullable(),
  year: z.number().nullable(),
  /** "cchc" | "communication" | "pci_ddci_communication" | "other" */
  kind: z.string(),
  title: z.string().nullable(),
  /** "Căn cứ …" texts. */
  bases: z.array(z.string()),
  /** As POST /api/citations/recognize answers: each cited document once. */
  citations: z.array(importedCitationSchema),
  introduction: z.string().nullable(),
  sections: z.array(importedSectionSchema),
  budget: z.string().nullable(),
  responsibilities: z.array(importedSectionSchema),
  recipients: z.array(z.string()),
  /** "GIÁM ĐỐC", or "KT. GIÁM ĐỐC" with the signer's title "PHÓ GIÁM ĐỐC". */
  signingTitle: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signer: z.string().nullable(),
  tasks: z.array(importedTaskSchema),
  problems: z.array(importProblemSchema),
  /** The line (1-based, of the source shown beside the draft) each field was read on; null where it was not found. */
  fieldLines: z.object({
    issuer: z.number().nullable(),
    superior: z.number().nullable(),
    number: z.number().nullable(),
    date: z.number().nullable(),
    title: z.number().nullable(),
    recipients: z.number().nullable(),
    signingTitle: z.number().nullable(),
    signer: z.number().nullable(),
  }),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;
