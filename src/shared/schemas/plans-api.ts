import { z } from 'zod';
import { OUTPUT_KINDS, PLAN_KINDS, PLAN_STATES, REFORM_AREAS } from '../plan-vocabulary';
import { daySchema, idSchema } from './common';
import { assigneeRefSchema, planContentSchema, planFieldsSchema, taskInputSchema } from './plans';
import { citationSchema } from './legal-documents';
import { occurrenceSpanSchema } from './schedules';

export const taskRowInputSchema = taskInputSchema.extend({ id: idSchema.optional() });

export const createPlanSchema = planFieldsSchema
  .partial()
  .extend({
    organizationId: idSchema.optional(),
    /** Start from the parent plan this one carries out ("Thực hiện Kế hoạch số …"). */
    fromParentId: idSchema.optional(),
    /** Start from last year's plan of the same body. */
    copyFromId: idSchema.optional(),
    tasks: z.array(taskRowInputSchema).max(500).optional(),
  })
  .refine((v) => !(v.fromParentId && v.copyFromId), { message: 'Chỉ chọn một: từ kế hoạch cấp trên hoặc từ kế hoạch năm trước.', path: ['copyFromId'] });

export const updatePlanSchema = planFieldsSchema.partial().extend({ tasks: z.array(taskRowInputSchema).max(500).optional() });

export const PLAN_TRANSITION_TARGETS = ['submitted', 'draft', 'issued', 'closed'] as const;
export const transitionPlanSchema = z.strictObject({
  to: z.enum(PLAN_TRANSITION_TARGETS),
  /** The signing date when issuing; today (Vietnam time) when omitted. */
  issuedOn: daySchema().optional(),
  comment: z.string().trim().max(2000).optional(),
});

const planAbilities = z.object({ update: z.boolean(), submit: z.boolean(), approve: z.boolean(), close: z.boolean(), createChild: z.boolean() });

export const planSummarySchema = z.object({
  id: z.string(),
  organization: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  parentPlanId: z.string().nullable(),
  number: z.number().nullable(),
  symbol: z.string(),
  /** "03/KH-BVSN", or "/KH-BVSN" before issue. */
  numberAndSymbol: z.string(),
  year: z.number(),
  kind: z.enum(PLAN_KINDS),
  title: z.string(),
  state: z.enum(PLAN_STATES),
  version: z.number(),
  issuedOn: z.string().nullable(),
  taskCount: z.number(),
  updatedAt: z.string(),
  can: planAbilities,
}).meta({ id: 'PlanSummary' });

export const taskSchema = z.object({
  id: z.string(),
  position: z.number(),
  number: z.string(),
  title: z.string(),
  reformArea: z.enum(REFORM_AREAS),
  lead: assigneeRefSchema.nullable(),
  coordinators: z.array(assigneeRefSchema),
  deadlineText: z.string(),
  schedule: z.object({ understood: z.boolean(), kind: z.string().nullable(), description: z.string().nullable(), reason: z.string().nullable() }),
  occurrences: z.array(
    occurrenceSpanSchema.partial().extend({ id: z.string(), organizationId: z.string(), status: z.string(), progress: z.number(), detached: z.boolean() }),
  ),
  outputText: z.string().nullable(),
  outputKind: z.enum(OUTPUT_KINDS).nullable(),
  note: z.string().nullable(),
  weight: z.number(),
  parentTaskId: z.string().nullable(),
}).meta({ id: 'Task' });

export const planDetailSchema = planSummarySchema.extend({
  previousPlanId: z.string().nullable(),
  /** The line above the issuing body in the heading ("SỞ Y TẾ TỈNH LÀO CAI"). */
  superiorName: z.string().nullable(),
  placeName: z.string().nullable(),
  signingAuthority: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signerName: z.string().nullable(),
  content: planContentSchema,
  /** The documents the bases and opening cite, linked to the registry where it holds them. */
  citations: z.array(citationSchema.extend({ documentId: z.string().nullable() })),
  tasks: z.array(taskSchema),
  /** Names of every assignee and responsible body the plan mentions, keyed "type:id". */
  names: z.record(z.string(), z.string()),
}).meta({ id: 'Plan' });

/** A plan as issued in one version: the document's text and its appendix, frozen. */
export const planVersionSchema = z.object({
  version: z.number(),
  state: z.enum(PLAN_STATES),
  organization: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  superiorName: z.string().nullable(),
  number: z.number().nullable(),
  symbol: z.string(),
  numberAndSymbol: z.string(),
  placeName: z.string().nullable(),
  issuedOn: z.string().nullable(),
  year: z.number(),
  kind: z.enum(PLAN_KINDS),
  title: z.string(),
  signingAuthority: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signerName: z.string().nullable(),
  content: planContentSchema,
  tasks: z.array(
    taskSchema.pick({ id: true, number: true, title: true, reformArea: true, lead: true, coordinators: true, deadlineText: true, outputText: true, outputKind: true, note: true }),
  ),
  names: z.record(z.string(), z.string()),
});
export type PlanVersionDto = z.infer<typeof planVersionSchema>;
