import type { Migration } from 'kysely';
import * as foundation from './0001-foundation';
import * as legalDocuments from './0002-legal-documents';
import * as documentCode from './0003-document-code';
import * as plans from './0004-plans';
import * as occurrenceHistory from './0005-occurrence-history';
import * as evidence from './0006-evidence';
import * as jobsAndNotifications from './0007-jobs-and-notifications';
import * as media from './0008-media';
import * as indices from './0009-indices';
import * as reports from './0010-reports';
import * as jobProgress from './0011-job-progress';
import * as notificationSettings from './0012-notification-settings';
import * as evidenceHash from './0013-evidence-hash';
import * as loginSources from './0014-login-sources';
import * as procedures from './0015-procedures';
import * as feedbackAndSurveys from './0016-feedback-and-surveys';
import * as assessmentCriteriaSets from './0017-assessment-criteria-sets';
import * as assessmentRounds from './0018-assessment-rounds';
import * as surveyScaleTallies from './0019-survey-scale-tallies';
import * as workVersions from './0020-work-versions';
import * as dataVersion from './0021-data-version';
import * as dropUnreadSurveyIndex from './0022-drop-unread-survey-index';
import * as apiKeys from './0023-api-keys';

/**
 * Every migration, in order. Listed by hand rather than read from the folder so that the set is
 * the same whether the code runs under tsx, Vitest or a bundle.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-legal-documents': legalDocuments,
  '0003-document-code': documentCode,
  '0004-plans': plans,
  '0005-occurrence-history': occurrenceHistory,
  '0006-evidence': evidence,
  '0007-jobs-and-notifications': jobsAndNotifications,
  '0008-media': media,
  '0009-indices': indices,
  '0010-reports': reports,
  '0011-job-progress': jobProgress,
  '0012-notification-settings': notificationSettings,
  '0013-evidence-hash': evidenceHash,
  '0014-login-sources': loginSources,
  '0015-procedures': procedures,
  '0016-feedback-and-surveys': feedbackAndSurveys,
  '0017-assessment-criteria-sets': assessmentCriteriaSets,
  '0018-assessment-rounds': assessmentRounds,
  '0019-survey-scale-tallies': surveyScaleTallies,
  '0020-work-versions': workVersions,
  '0021-data-version': dataVersion,
  '0022-drop-unread-survey-index': dropUnreadSurveyIndex,
  '0023-api-keys': apiKeys,
};

export const LATEST_MIGRATION = Object.keys(migrations).at(-1)!;
