import { plansVi } from './plans.vi';
import { planImportVi } from './plan-import.vi';
import { procedureImportVi } from './procedure-import.vi';
import { legalDocumentsVi } from './legal-documents.vi';
import { workVi } from './work.vi';
import { taskPageVi } from './task-page.vi';
import { indicesVi } from './indices.vi';
import { jobsVi } from './jobs.vi';
import { mediaVi } from './media.vi';
import { mediaInsightsVi } from './media-insights.vi';
import { proceduresVi } from './procedures.vi';
import { feedbackVi } from './feedback.vi';
import { surveysVi } from './surveys.vi';
import { scoringVi } from './scoring.vi';
import { scoringSetsVi } from './scoring-sets.vi';
import { apiKeysVi } from './api-keys.vi';

/**
 * The areas' Vietnamese messages: fetched with the first page of an area (plans, work, media, procedures,
 * feedback, surveys, scoring…), not with the sign-in page or the shell, which speak from `shellVi` (issue 17).
 */
export const areasVi = {
  ...plansVi,
  ...planImportVi,
  ...procedureImportVi,
  ...legalDocumentsVi,
  ...workVi,
  ...taskPageVi,
  ...indicesVi,
  ...jobsVi,
  ...mediaVi,
  ...mediaInsightsVi,
  ...proceduresVi,
  ...feedbackVi,
  ...surveysVi,
  ...scoringVi,
  ...scoringSetsVi,
  ...apiKeysVi,
} satisfies Record<string, string>;
