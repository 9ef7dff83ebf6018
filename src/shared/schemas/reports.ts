import { z } from 'zod';
import { feedbackCountsSchema } from './feedback';
import { postingCountsSchema } from './procedures';
import { shareSchema } from './surveys';
import { SIPAS_ASPECTS } from '../survey-vocabulary';
import { REPORT_PERIODS, REPORT_STATES } from '../report-vocabulary';
import { daySchema as plausibleDaySchema } from './common';

const yearSchema = z.number().int().min(2010).max(2100);
/** Checked for a real day, the range and the year by domain/reports/periods.ts, which answers in Vietnamese per field. */
const daySchema = z.string().trim().max(10);

export const createReportSchema = z.strictObject({
  period: z.enum(REPORT_PERIODS),
  year: yearSchema,
  from: daySchema.nullish(),
  to: daySchema.nullish(),
});
export type CreateReportInput = z.infer<typeof createReportSchema>;

const text = z.string().trim().max(20_000).nullable();
export const updateReportTextsSchema = z.strictObject({ results: text, difficulties: text, proposals: text, nextSteps: text }).partial();
export type ReportTextsInput = z.infer<typeof updateReportTextsSchema>;

export const transitionReportSchema = z.strictObject({
  to: z.enum(['approved', 'submitted', 'returned']),
  comment: z.string().trim().max(2000).optional(),
});

export const listReportsQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2010).max(2100).optional(),
  period: z.enum(REPORT_PERIODS).optional(),
  from: plausibleDaySchema().optional(),
  to: plausibleDaySchema().optional(),
  scope: z.enum(['own', 'children']).default('own'),
});

const bodyRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const counts = z.object({ total: z.number(), done: z.number(), doneLate: z.number(), late: z.number(), notDue: z.number() });
const line = z.object({ task: z.string(), unit: z.string(), periods: z.number(), lastDue: z.string() });
const countRow = z.object({ key: z.string(), label: z.string(), published: z.number(), items: z.number() });
const mediaTotal = z.object({ published: z.number(), items: z.number() });
const texts = z.object({ results: z.string().nullable(), difficulties: z.string().nullable(), proposals: z.string().nullable(), nextSteps: z.string().nullable() });
const communication = z.object({ byChannel: z.array(countRow), byKind: z.array(countRow), total: mediaTotal });

const aggregateCitizens = z.object({ feedback: feedbackCountsSchema, responses: z.number(), satisfaction: shareSchema });

export const reportSectionsSchema = z.object({
  work: z.object({
    asOf: z.string(),
    areas: z.array(z.object({ area: z.string(), label: z.string(), counts, lines: z.object({ done: z.array(line), late: z.array(line), notDue: z.array(line) }) })),
    units: z.array(z.object({ id: z.string(), name: z.string(), counts })),
    totals: counts,
    notApplicable: z.number(),
    /** Periods of tasks without a deadline the system understands; absent in reports compiled before it was counted. */
    undated: z.number().optional(),
  }),
  communication,
  indices: z.array(
    z.object({ kind: z.string(), scope: z.string(), label: z.string(), value: z.string().nullable(), rankText: z.string().nullable(), targetValue: z.string().nullable(), targetRank: z.number().nullable(), source: z.string().nullable() }),
  ),
  /** Absent in reports compiled before procedures were kept. */
  procedures: z
    .object({ asOf: z.string(), counts: postingCountsSchema, toPost: z.array(z.object({ code: z.string(), name: z.string(), standing: z.enum(['stale', 'not_posted']) })) })
    .optional(),
  /** Absent in reports compiled before feedback and surveys were kept. */
  citizens: z
    .object({
      asOf: z.string(),
      feedback: feedbackCountsSchema,
      satisfaction: z.object({ responses: z.number(), overall: shareSchema, aspects: z.array(shareSchema.extend({ aspect: z.enum(SIPAS_ASPECTS) })) }),
    })
    .optional(),
  aggregate: z
    .object({
      bodies: z.array(
        z.object({ organization: bodyRef, reportId: z.string(), submittedAt: z.string(), onTime: z.boolean(), totals: counts, areas: z.array(z.object({ area: z.string(), counts })), communication: mediaTotal, procedures: postingCountsSchema.nullish(), citizens: aggregateCitizens.nullish(), texts }),
      ),
      missing: z.array(bodyRef),
      totals: counts,
      areas: z.array(z.object({ area: z.string(), label: z.string(), counts })),
      communication,
      procedures: postingCountsSchema.nullish(),
      citizens: aggregateCitizens.nullish(),
    })
    .nullable(),
});

const reportSummaryShape = {
  id: z.string(),
  period: z.enum(REPORT_PERIODS),
  year: z.number(),
  from: z.string(),
  to: z.string(),
  state: z.enum(REPORT_STATES),
  /** "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026". */
  title: z.string(),
  organization: bodyRef,
  parent: bodyRef.nullable(),
  dueOn: z.string(),
  /** "      /BC-TTYT" until the clerk registers it. */
  numberAndSymbol: z.string(),
  compiledAt: z.string(),
  approvedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  returnComment: z.string().nullable(),
  updatedAt: z.string(),
};

export const reportSummarySchema = z.object(reportSummaryShape);

export const reportSchema = z.object({
  ...reportSummaryShape,
  sections: reportSectionsSchema,
  texts,
  history: z.array(z.object({ at: z.string(), actor: z.string().nullable(), kind: z.string(), from: z.string().nullable(), to: z.string().nullable(), comment: z.string().nullable() })),
  /** What the caller may do with it now: the UI hides the rest, the server still decides. */
  can: z.object({ edit: z.boolean(), compile: z.boolean(), approve: z.boolean(), submit: z.boolean(), return: z.boolean() }),
}).meta({ id: 'Report' });
export type ReportDto = z.infer<typeof reportSchema>;

/** One body under the caller's body, and whether it has sent its report for the period. */
export const childReportSchema = z.object({
  organization: bodyRef,
  submitted: z.boolean(),
  reportId: z.string().nullable(),
  state: z.enum(REPORT_STATES).nullable(),
  submittedAt: z.string().nullable(),
  /** Null while nothing is sent; true when it was sent by the due day (Vietnam time). */
  onTime: z.boolean().nullable(),
});

export const reportListSchema = z.object({ items: z.array(reportSummarySchema) });
export const childReportListSchema = z.object({ period: z.enum(REPORT_PERIODS), year: z.number(), from: z.string(), to: z.string(), dueOn: z.string(), items: z.array(childReportSchema) });
