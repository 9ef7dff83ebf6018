/** Shapes the API answers with, taken from the shared zod schemas so web and server cannot drift. */
import type { z } from 'zod';
import type { MeDto } from '../../shared/schemas/auth';
import type { PlanState } from '../../shared/plan-vocabulary';
import type { citationSchema } from '../../shared/schemas/legal-documents';
import type { planDetailSchema, planSummarySchema, planVersionSchema, taskSchema } from '../../shared/schemas/plans-api';
import type { expandScheduleResponseSchema } from '../../shared/schemas/schedules';
import type { createFeedbackSchema, feedbackByBodySchema, feedbackListSchema } from '../../shared/schemas/feedback';
import type { createSurveySchema, satisfactionByBodySchema, shareSchema, updateSurveySchema } from '../../shared/schemas/surveys';
import type { roundListSchema, roundResultsSchema, roundSchema, updateRoundSchema, createRoundSchema } from '../../shared/schemas/scoring-rounds';
import type { addEvidenceSchema, assessmentCriterionSchema, assessmentSchema, evidenceOptionsSchema, evidenceSchema, scoreChangeSchema } from '../../shared/schemas/scoring-assessments';
import type { criteriaImportPreviewSchema, criteriaSetSchema } from '../../shared/schemas/assessment';

export type { MeDto } from '../../shared/schemas/auth';
export type { AuditEntryDto } from '../../shared/schemas/audit';
export type { ExternalBodyDto, GroupDto, OrganizationDto } from '../../shared/schemas/organizations';
export type { UserDto } from '../../shared/schemas/users';
export type { LegalDocumentDto } from '../../shared/schemas/legal-documents';
export type { AssigneeRef, PlanContent, Section, Target } from '../../shared/schemas/plans';

export type Page<T> = { items: T[]; nextCursor: string | null };

/** One role a person holds, with the organisation it is held at. */
export type RoleGrantDto = MeDto['roles'][number];

export type PlanSummaryDto = z.infer<typeof planSummarySchema>;
export type PlanDetailDto = z.infer<typeof planDetailSchema>;
export type TaskDto = z.infer<typeof taskSchema>;
export type ScheduleExpansionDto = z.infer<typeof expandScheduleResponseSchema>;
export type PlanVersionDto = { version: number; state: PlanState; createdAt: string };
/** One issued version of a plan, as the document read then. */
export type PlanVersionDocumentDto = z.infer<typeof planVersionSchema>;

/** One document a text cites, as the recogniser read it. */
export type CitationDto = z.infer<typeof citationSchema>;

export type {
  FeedbackCountsDto,
  FeedbackDto,
  FeedbackSettingsDto,
  FeedbackStepInput,
  FeedbackSummaryDto,
} from '../../shared/schemas/feedback';
export type { SurveyDto, SurveyQuestion, SurveyResultsDto, SurveySections, SurveySummaryDto } from '../../shared/schemas/surveys';
export type FeedbackListDto = z.infer<typeof feedbackListSchema>;
export type FeedbackByBodyDto = z.infer<typeof feedbackByBodySchema>;
export type FeedbackCreateInput = z.input<typeof createFeedbackSchema>;
export type SurveyCreateInput = z.input<typeof createSurveySchema>;
export type SurveyUpdateInput = z.input<typeof updateSurveySchema>;
export type SatisfactionByBodyDto = z.infer<typeof satisfactionByBodySchema>;
/** A share of "hài lòng" + "rất hài lòng" among the scale answers given. */
export type ShareDto = z.infer<typeof shareSchema>;

// CCHC scoring rounds and a body's assessment in one (issue 16).
export type RoundDto = z.infer<typeof roundSchema>;
export type RoundHeadDto = z.infer<typeof roundListSchema>['items'][number];
export type RoundBodyDto = RoundDto['bodies'][number];
export type RoundResultsDto = z.infer<typeof roundResultsSchema>;
export type RoundCreateInput = z.input<typeof createRoundSchema>;
export type RoundUpdateInput = z.input<typeof updateRoundSchema>;
export type AssessmentDto = z.infer<typeof assessmentSchema>;
export type AssessmentCriterionDto = z.infer<typeof assessmentCriterionSchema>;
export type ScoringEvidenceDto = z.infer<typeof evidenceSchema>;
export type ScoringEvidenceInput = z.input<typeof addEvidenceSchema>;
export type EvidenceOptionsDto = z.infer<typeof evidenceOptionsSchema>;
export type ScoreChangeDto = z.infer<typeof scoreChangeSchema>;

/** CCHC criteria sets (issue 16): a year's set as the API shows it, and what an uploaded sheet reads as before it is saved. */
export type { CriterionView } from '../../shared/schemas/assessment';
export type CriteriaSetDto = z.infer<typeof criteriaSetSchema>;
/** What opening a round needs of a criteria set: which one, its year and size. */
export type CriteriaSetChoiceDto = Pick<CriteriaSetDto, 'id' | 'year' | 'name' | 'maxPoints' | 'scoredCriteria'>;
/**
 * A criterion read from a sheet, in the shape POST …/criteria-sets takes: no rule (nothing is read as one until
 * saved), and one without sub-criteria carries no `children`.
 */
export type ReadCriterionDto = { code: string; name: string; maxPoints: number; guide: string | null; evidence: string | null; children?: ReadCriterionDto[] };
export type CriteriaImportPreviewDto = Omit<z.infer<typeof criteriaImportPreviewSchema>, 'areas'> & { areas: ReadCriterionDto[] };
