import { z } from 'zod';

/** A file or link given as evidence of an occurrence's work; a file's `url` is where it downloads. */
export const evidenceSchema = z.object({
  id: z.string(),
  kind: z.enum(['file', 'link']),
  name: z.string(),
  mediaType: z.string().nullable(),
  size: z.number().nullable(),
  url: z.string().nullable(),
  /** Who added it, by name: `…ByName`, as every name of a person in the API (issue 18). */
  createdByName: z.string().nullable(),
  createdBy: z.string().nullable().meta({ deprecated: true, description: 'Như createdByName (tên người tạo); giữ cho các chương trình đã dùng. Same as createdByName, kept for existing clients.' }),
  createdAt: z.string(),
});
export type EvidenceDto = z.infer<typeof evidenceSchema>;

/** An uploaded file, with the same file attached before, if it was: a warning the person confirms or undoes. */
export const addedEvidenceSchema = evidenceSchema.extend({
  duplicateOf: z.object({ id: z.string(), name: z.string(), createdAt: z.string(), createdBy: z.string().nullable() }).nullable(),
});
export type AddedEvidenceDto = z.infer<typeof addedEvidenceSchema>;
