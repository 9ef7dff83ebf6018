import { z } from 'zod';
import { LEGAL_DOCUMENT_KINDS } from '../legal-document-kinds';
import { daySchema, paginationQuerySchema } from './common';
import { webAddressSchema } from './web-address';

/** Number and symbol: "76/NQ-CP", "14-ĐA/TU", "29/2025/NQ-HĐND" — digits first, a slash somewhere. */
export const legalDocumentCodeSchema = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^\d+[^\s]*\/[^\s]+$/u, { message: 'Số, ký hiệu văn bản viết liền, ví dụ 76/NQ-CP hoặc 14-ĐA/TU.' });

export const createLegalDocumentSchema = z.strictObject({
  kind: z.enum(LEGAL_DOCUMENT_KINDS),
  code: legalDocumentCodeSchema,
  /** Documents still cited go back to the founding of the state (1945). */
  issuedOn: daySchema({ from: '1945-01-01' }).nullish(),
  issuer: z.string().trim().max(200).nullish(),
  summary: z.string().trim().max(2000).nullish(),
  url: webAddressSchema(500).nullish(),
});
export const updateLegalDocumentSchema = createLegalDocumentSchema.partial();

export const listLegalDocumentsQuerySchema = paginationQuerySchema.extend({
  kind: z.enum(LEGAL_DOCUMENT_KINDS).optional(),
  q: z.string().max(200).optional(),
});

export const legalDocumentSchema = z.object({
  id: z.string(),
  kind: z.enum(LEGAL_DOCUMENT_KINDS),
  code: z.string(),
  issuedOn: z.string().nullable(),
  issuer: z.string().nullable(),
  summary: z.string().nullable(),
  url: z.string().nullable(),
  createdAt: z.string(),
  can: z.object({ update: z.boolean() }),
});
export type LegalDocumentDto = z.infer<typeof legalDocumentSchema>;

export const recognizeCitationsSchema = z.strictObject({ text: z.string().max(500_000) });
export const citationSchema = z.object({
  kind: z.enum(LEGAL_DOCUMENT_KINDS),
  code: z.string(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
});
export const recognizeCitationsResponseSchema = z.object({ citations: z.array(citationSchema) });
