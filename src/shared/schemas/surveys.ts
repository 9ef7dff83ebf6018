import { z } from 'zod';
import { QUESTION_KINDS, SIPAS_ASPECTS } from '../survey-vocabulary';
import { daySchema, idSchema, paginationQuerySchema } from './common';

/**
 * The staff API of satisfaction surveys (`/api/surveys`, SPEC §2.8, issue 14). A questionnaire is
 * sections of questions; a question's id is stable across edits so answers keep pointing at it.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const questionId = z.string().regex(/^[a-z0-9-]{1,40}$/, { message: 'Mã câu hỏi chỉ gồm chữ thường không dấu, số và dấu -.' });

export const surveyQuestionSchema = z
  .strictObject({
    id: questionId,
    kind: z.enum(QUESTION_KINDS),
    text: text(500),
    required: z.boolean(),
    /** For 'single' and 'multiple': the choices, 2 to 20. */
    choices: z.array(text(200)).max(20).nullish(),
    /** For 'scale': the SIPAS aspect it measures, if any. */
    aspect: z.enum(SIPAS_ASPECTS).nullish(),
  })
  .superRefine((q, ctx) => {
    const choosing = q.kind === 'single' || q.kind === 'multiple';
    if (choosing && (q.choices?.length ?? 0) < 2) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Câu hỏi lựa chọn cần ít nhất 2 phương án.' });
    if (!choosing && q.choices?.length) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Chỉ câu hỏi lựa chọn mới có phương án.' });
    if (q.kind !== 'scale' && q.aspect) ctx.addIssue({ code: 'custom', path: ['aspect'], message: 'Chỉ câu hỏi thang điểm 1–5 mới gắn với một khía cạnh SIPAS.' });
  });
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

export const surveySectionSchema = z.strictObject({
  title: text(300),
  questions: z.array(surveyQuestionSchema).min(1).max(100),
});

export const surveySectionsSchema = z
  .array(surveySectionSchema)
  .min(1)
  .max(30)
  .refine((sections) => new Set(sections.flatMap((s) => s.questions.map((q) => q.id))).size === sections.flatMap((s) => s.questions).length, {
    message: 'Mỗi câu hỏi phải có mã riêng.',
  });
export type SurveySections = z.infer<typeof surveySectionsSchema>;

const surveyFields = {
  title: text(300),
  description: z.string().trim().max(3000).nullish(),
  opensOn: daySchema().nullish(),
  closesOn: daySchema().nullish(),
};

/** A new survey: from the SIPAS template (`template: 'sipas'`, sections optional) or from its own sections. */
export const createSurveySchema = z.strictObject({
  organizationId: idSchema,
  ...surveyFields,
  template: z.enum(['sipas']).nullish(),
  sections: surveySectionsSchema.optional(),
});

/** Questions cannot be removed or change kind once answered; wording, dates and new questions can. */
export const updateSurveySchema = z.strictObject({
  title: text(300).optional(),
  description: z.string().trim().max(3000).nullish(),
  opensOn: daySchema().nullish(),
  closesOn: daySchema().nullish(),
  sections: surveySectionsSchema.optional(),
});

export const surveyListQuerySchema = paginationQuerySchema.extend({ organizationId: idSchema.optional() });

/** A share of "hài lòng" + "rất hài lòng" among the scale answers given (domain/surveys/satisfaction.ts). */
export const shareSchema = z.object({ answered: z.number(), satisfied: z.number(), percent: z.number().nullable() });

/** 'draft' before publishing; once published, open or closed by its dates. */
export const SURVEY_STANDINGS = ['draft', 'scheduled', 'open', 'closed'] as const;

export const surveySummarySchema = z.object({
  id: z.string(),
  organization: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  title: z.string(),
  template: z.string().nullable(),
  standing: z.enum(SURVEY_STANDINGS),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  responseCount: z.number(),
  satisfaction: shareSchema,
  publicUrl: z.string(),
  can: z.object({ update: z.boolean(), publish: z.boolean(), close: z.boolean() }),
});
export type SurveySummaryDto = z.infer<typeof surveySummarySchema>;

export const surveySchema = surveySummarySchema.extend({
  description: z.string().nullable(),
  sections: z.array(z.object({ title: z.string(), questions: z.array(z.object({ id: z.string(), kind: z.enum(QUESTION_KINDS), text: z.string(), required: z.boolean(), choices: z.array(z.string()).nullable(), aspect: z.enum(SIPAS_ASPECTS).nullable(), answered: z.boolean() })) })),
  qrUrl: z.string(),
});
export type SurveyDto = z.infer<typeof surveySchema>;

export const surveyResultsQuerySchema = z.strictObject({ from: daySchema().optional(), to: daySchema().optional() });

export const surveyResultsSchema = z.object({
  responses: z.number(),
  satisfaction: z.object({
    overall: shareSchema,
    aspects: z.array(shareSchema.extend({ aspect: z.enum(SIPAS_ASPECTS) })),
    months: z.array(shareSchema.extend({ month: z.string() })),
  }),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(QUESTION_KINDS),
      text: z.string(),
      answered: z.number(),
      /** 'scale': counts of points 1..5; 'single' / 'multiple': count per choice, in the choices' order. */
      counts: z.array(z.number()).nullable(),
      /** 'text': the latest answers (at most 50). */
      texts: z.array(z.object({ answeredOn: z.string(), text: z.string() })).nullable(),
    }),
  ),
});
export type SurveyResultsDto = z.infer<typeof surveyResultsSchema>;

/** The satisfaction rate of every body in reach for a year (the department of health's table, the KPI, the report). */
export const satisfactionByBodySchema = z.object({
  year: z.number(),
  items: z.array(z.object({ organization: z.object({ id: z.string(), code: z.string(), name: z.string() }), responses: z.number(), overall: shareSchema })),
  total: shareSchema.extend({ responses: z.number() }),
});
