import { z } from 'zod';
import {
  ONLINE_LEVELS,
  POSTING_PLACES,
  PROCEDURE_EVENT_KINDS,
  PROCEDURE_LEVELS,
  PROCEDURE_SCOPES,
  PROCEDURE_STATUSES,
  PROCESSING_TIME_UNITS,
  RECEIVING_PLACES,
} from '../procedure-vocabulary';
import { daySchema, idSchema, paginationQuerySchema, queryFlag } from './common';
import { webAddressSchema } from './web-address';

/** A procedure's code as the body or the national database writes it: "1.001234", "BVSN-QT-03", "2.000986.000.00.00.H36". */
export const procedureCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u, { message: 'Mã thủ tục chỉ gồm chữ, số và các dấu . _ - /, không có khoảng trắng.' });

const line = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

/** One step of the procedure, in order; the department that does it, when there is one. */
export const procedureStepSchema = z.strictObject({
  text: line(2000),
  unitId: idSchema.nullish(),
  /** How long this step takes, as the procedure writes it ("01 ngày làm việc", "30 phút"). */
  duration: optionalText(100),
});

/** A paper the citizen brings, and how many copies (bản chính, bản sao). */
export const dossierItemSchema = z.strictObject({
  name: line(1000),
  copies: z.number().int().min(0).max(100).nullish(),
  note: optionalText(500),
});

/** A fee or charge in whole đồng; null amount for "theo quy định" or "miễn phí" written in the note. */
export const feeSchema = z.strictObject({
  name: line(300),
  amountDong: z.number().int().min(0).max(1_000_000_000).nullish(),
  note: optionalText(500),
});

export const processingTimeSchema = z.strictObject({
  value: z.number().min(0).max(1000).nullish(),
  unit: z.enum(PROCESSING_TIME_UNITS),
  note: optionalText(300),
});

const procedureFields = {
  scope: z.enum(PROCEDURE_SCOPES),
  code: procedureCodeSchema,
  name: line(1000),
  field: line(200),
  level: z.enum(PROCEDURE_LEVELS),
  applicants: optionalText(1000),
  conditions: optionalText(5000),
  steps: z.array(procedureStepSchema).max(50),
  dossier: z.array(dossierItemSchema).max(100),
  processingTime: processingTimeSchema.nullish(),
  fees: z.array(feeSchema).max(30),
  result: optionalText(1000),
  /** The legal basis as written ("Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Thông tư 32/2023/TT-BYT …"): cited documents are recognised and linked. */
  legalBasis: optionalText(10_000),
  receivingPlaces: z.array(z.enum(RECEIVING_PLACES)).max(RECEIVING_PLACES.length),
  onlineLevel: z.enum(ONLINE_LEVELS),
  responsibleUnitId: idSchema.nullish(),
};

/** Issuing a procedure records its first event: the deciding document and the day it takes effect. */
export const createProcedureSchema = z.strictObject({
  ...procedureFields,
  organizationId: idSchema.optional(),
  issued: z.strictObject({ effectiveOn: daySchema(), decidingDocument: optionalText(200), note: optionalText(2000) }),
});
export type CreateProcedureInput = z.infer<typeof createProcedureSchema>;

/** Correcting the content: each change makes the procedure stale until it is posted again. */
export const updateProcedureSchema = z.strictObject(procedureFields).partial();
export type UpdateProcedureInput = z.infer<typeof updateProcedureSchema>;

export const addProcedureEventSchema = z.strictObject({
  kind: z.enum(PROCEDURE_EVENT_KINDS),
  effectiveOn: daySchema(),
  decidingDocument: optionalText(200),
  /** For "replaced": the procedure of the same body that takes its place. */
  replacedById: idSchema.nullish(),
  note: optionalText(2000),
});
export type AddProcedureEventInput = z.infer<typeof addProcedureEventSchema>;

export const addPostingSchema = z.strictObject({
  place: z.enum(POSTING_PLACES),
  postedOn: daySchema(),
  proofUrl: webAddressSchema(1000).nullish(),
  note: optionalText(1000),
});
export type AddPostingInput = z.infer<typeof addPostingSchema>;

export const POSTING_STANDINGS = ['posted', 'stale', 'not_posted'] as const;
export type PostingStanding = (typeof POSTING_STANDINGS)[number];

export const listProceduresQuerySchema = paginationQuerySchema.extend({
  organizationId: idSchema.optional(),
  q: z.string().max(200).optional(),
  field: z.string().max(200).optional(),
  scope: z.enum(PROCEDURE_SCOPES).optional(),
  status: z.enum(PROCEDURE_STATUSES).optional(),
  /** The day the status is read on (default today, in Vietnam). */
  on: daySchema().optional(),
  /** Only procedures changed since their last posting (the same as standing=stale). */
  stale: queryFlag.optional(),
  /** Only procedures posted as they stand, changed since (stale), or never posted. */
  standing: z.enum(POSTING_STANDINGS).optional(),
});

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

export const postingCountsSchema = z.object({ inForce: z.number(), posted: z.number(), stale: z.number(), notPosted: z.number(), percent: z.number().nullable() });
export type PostingCountsDto = z.infer<typeof postingCountsSchema>;

export const procedureEventSchema = z.object({
  id: z.string(),
  kind: z.enum(PROCEDURE_EVENT_KINDS),
  effectiveOn: z.string(),
  decidingDocument: z.string().nullable(),
  replacedBy: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type ProcedureEventDto = z.infer<typeof procedureEventSchema>;

export const postingSchema = z.object({
  id: z.string(),
  place: z.enum(POSTING_PLACES),
  postedOn: z.string(),
  version: z.number(),
  proofUrl: z.string().nullable(),
  proofFile: z.object({ id: z.string(), name: z.string(), mediaType: z.string(), url: z.string() }).nullable(),
  note: z.string().nullable(),
  postedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type PostingDto = z.infer<typeof postingSchema>;

/** A procedure in a list: enough to find it and see whether it is in force and posted as it stands. */
export const procedureSummarySchema = z.object({
  id: z.string(),
  organization: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  scope: z.enum(PROCEDURE_SCOPES),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  level: z.enum(PROCEDURE_LEVELS),
  version: z.number(),
  contentChangedAt: z.string(),
  /** On the day asked (`on`, default today). */
  status: z.enum(PROCEDURE_STATUSES),
  standing: z.enum(POSTING_STANDINGS),
  lastPosting: z.object({ place: z.enum(POSTING_PLACES), postedOn: z.string(), version: z.number() }).nullable(),
  publicUrl: z.string(),
  can: z.object({ update: z.boolean(), post: z.boolean() }),
});
export type ProcedureSummaryDto = z.infer<typeof procedureSummarySchema>;

export const procedureSchema = procedureSummarySchema.extend({
  applicants: z.string().nullable(),
  conditions: z.string().nullable(),
  steps: z.array(z.object({ text: z.string(), unit: z.object({ id: z.string(), name: z.string() }).nullable(), duration: z.string().nullable() })),
  dossier: z.array(z.object({ name: z.string(), copies: z.number().nullable(), note: z.string().nullable() })),
  processingTime: z.object({ value: z.number().nullable(), unit: z.enum(PROCESSING_TIME_UNITS), note: z.string().nullable() }).nullable(),
  fees: z.array(z.object({ name: z.string(), amountDong: z.number().nullable(), note: z.string().nullable() })),
  result: z.string().nullable(),
  legalBasis: z.string().nullable(),
  /** The documents the legal basis cites, linked to the registry where it holds them. */
  legalDocuments: z.array(z.object({ code: z.string(), id: z.string().nullable(), summary: z.string().nullable(), url: z.string().nullable() })),
  receivingPlaces: z.array(z.enum(RECEIVING_PLACES)),
  onlineLevel: z.enum(ONLINE_LEVELS),
  responsibleUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
  forms: z.array(z.object({ id: z.string(), name: z.string(), mediaType: z.string(), size: z.number(), url: z.string() })),
  events: z.array(procedureEventSchema),
  postings: z.array(postingSchema),
}).meta({ id: 'Procedure' });
export type ProcedureDto = z.infer<typeof procedureSchema>;

export const procedureListSchema = z.object({
  items: z.array(procedureSummarySchema),
  nextCursor: z.string().nullable(),
  /** The fields of the procedures listed before the text and field filters: the filter's choices. */
  fields: z.array(z.string()),
  /** The posting KPI of what the filters (other than stale) leave, in force on the day. */
  counts: postingCountsSchema,
});

/** The department of health's table: every body in reach with its posting KPI. */
export const postingByBodySchema = z.object({
  on: z.string(),
  targetPercent: z.number(),
  items: z.array(z.object({ organization: z.object({ id: z.string(), code: z.string(), name: z.string() }), counts: postingCountsSchema })),
  total: postingCountsSchema,
});
