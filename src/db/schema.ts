import type { Generated } from 'kysely';

/**
 * Table types for Kysely. Every column is text or integer so both SQLite and PostgreSQL hold it the
 * same way: ids are UUID v7 text, timestamps ISO-8601 UTC text, JSON is text, flags are timestamps
 * ("retired_at", "disabled_at") rather than booleans.
 */
export type OrganizationsTable = {
  id: string;
  parent_id: string | null;
  body_id: string;
  path: string;
  kind: string;
  code: string;
  /** "*" for bodies (codes unique in the whole system), the body's id for units (unique within the body). */
  code_scope: string;
  name: string;
  name_folded: string;
  place_name: string | null;
  superior_name: string | null;
  /** The abbreviation used in document symbols when it differs from `code` ("SYT" for SYT-LC). */
  document_code: string | null;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
};

export type ExternalBodiesTable = {
  id: string;
  owner_id: string;
  name: string;
  name_folded: string;
  code: string | null;
  note: string | null;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
};

export type OrgGroupsTable = {
  id: string;
  owner_id: string;
  name: string;
  kind: string;
  created_at: string;
  updated_at: string;
};

export type OrgGroupMembersTable = { group_id: string; organization_id: string };

export type UsersTable = {
  id: string;
  username: string;
  full_name: string;
  full_name_folded: string;
  email: string | null;
  title: string | null;
  password_hash: string;
  disabled_at: string | null;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
};

/** A key another system calls the API with (migration 0023); the secret itself is never kept. */
export type ApiKeysTable = {
  id: string;
  organization_id: string;
  user_id: string;
  name: string;
  scope: string;
  prefix: string;
  secret_hash: string;
  requests_per_minute: number;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
};

export type UserRolesTable = { user_id: string; organization_id: string; role: string; created_at: string };

export type SessionsTable = {
  /** SHA-256 of the cookie token: a leaked database does not hand out live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
};

/** Failed attempts on one name from one source: a client address, or `change-password` (decision 0019). */
export type LoginThrottleTable = {
  username: string;
  source: string;
  failed_count: number;
  first_failed_at: string | null;
  locked_until: string | null;
  /** The last successful sign-in of the name from this source: the owner's source skips the back-off. */
  signed_in_at: string | null;
};

/** Attempts on one name from all sources together, and until when the next one must wait. */
export type LoginBackoffTable = {
  username: string;
  attempt_count: number;
  last_attempt_at: string | null;
  wait_until: string | null;
};

export type AuditLogTable = {
  id: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  actor_name: string | null;
  organization_id: string | null;
  /** Where the organisation stood when this was written; kept in step when a subtree moves. */
  organization_path: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  ip: string | null;
};

/** A body's administrative or internal procedure (SPEC §2.7); lists and objects kept as JSON text. */
export type ProceduresTable = {
  id: string;
  organization_id: string;
  scope: string;
  code: string;
  name: string;
  field: string;
  level: string;
  applicants: string | null;
  conditions: string | null;
  steps_json: string;
  dossier_json: string;
  processing_time_json: string | null;
  fees_json: string;
  result: string | null;
  legal_basis: string | null;
  legal_basis_codes_json: string;
  receiving_places_json: string;
  online_level: string;
  responsible_unit_id: string | null;
  /** Grows with every change of content; a posting of an older version is stale. */
  version: number;
  content_changed_at: string;
  search_folded: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

export type ProcedureEventsTable = {
  id: string;
  procedure_id: string;
  kind: string;
  effective_on: string;
  deciding_document: string | null;
  replaced_by_id: string | null;
  note: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: string;
};

export type ProcedureFilesTable = {
  id: string;
  procedure_id: string;
  purpose: string;
  name: string;
  media_type: string;
  size: number;
  storage_key: string;
  sha256: string;
  created_by: string | null;
  created_at: string;
};

export type ProcedurePostingsTable = {
  id: string;
  procedure_id: string;
  place: string;
  posted_on: string;
  version: number;
  proof_url: string | null;
  proof_file_id: string | null;
  note: string | null;
  posted_by: string | null;
  posted_by_name: string | null;
  created_at: string;
};

export type LegalDocumentsTable = {
  id: string;
  kind: string;
  /** Number and symbol as written: "76/NQ-CP", "14-ĐA/TU". Unique: the symbol names the document. */
  code: string;
  issued_on: string | null;
  issuer: string | null;
  summary: string | null;
  url: string | null;
  /** Code, issuer and summary folded for search. */
  search_folded: string;
  created_by_org_id: string | null;
  created_at: string;
  updated_at: string;
};

export type PlansTable = {
  id: string;
  organization_id: string;
  parent_plan_id: string | null;
  previous_plan_id: string | null;
  kind: string;
  year: number;
  /** Given by the body's register when the plan is issued; null before. */
  number: number | null;
  symbol: string;
  place_name: string | null;
  issued_on: string | null;
  title: string;
  title_folded: string;
  state: string;
  version: number;
  /** PlanContent as JSON: bases, introduction, sections, targets, recipients. */
  content_json: string;
  signing_authority: string | null;
  signer_title: string | null;
  signer_name: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

export type PlanVersionsTable = {
  plan_id: string;
  version: number;
  state: string;
  /** The whole plan with its tasks as it stood: every issued version stays readable. */
  snapshot_json: string;
  created_by: string | null;
  created_at: string;
};

export type DocumentNumberRegistersTable = { organization_id: string; year: number; document_kind: string; last_number: number };

export type TasksTable = {
  id: string;
  plan_id: string;
  /** The task of the parent plan this one carries out, when the plan was made from its parent. */
  parent_task_id: string | null;
  position: number;
  number: string;
  title: string;
  title_folded: string;
  reform_area: string;
  /** AssigneeRef as JSON: a tree node, a group or an external body. */
  lead_json: string | null;
  coordinators_json: string;
  deadline_text: string;
  /** The parsed Schedule, or null while the deadline text is not understood. */
  schedule_json: string | null;
  output_text: string | null;
  output_kind: string | null;
  note: string | null;
  weight: number;
  created_at: string;
  updated_at: string;
};

export type OccurrencesTable = {
  id: string;
  task_id: string;
  plan_id: string;
  organization_id: string;
  period_start: string | null;
  period_end: string | null;
  due: string | null;
  status: string;
  progress: number;
  note: string | null;
  /** Set when a task edit no longer asks for this period or body; kept because work was recorded on it. */
  detached_at: string | null;
  /** The day (Vietnam time) the current submission was handed in, and the day the work was accepted. */
  submitted_on: string | null;
  completed_on: string | null;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
};

export type OccurrenceEventsTable = {
  id: string;
  occurrence_id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  /** 'update' | 'accept' | 'return' */
  kind: string;
  status: string;
  progress: number;
  note: string | null;
  comment: string | null;
};

export type EvidenceTable = {
  id: string;
  occurrence_id: string;
  /** 'file' | 'link' */
  kind: string;
  name: string;
  media_type: string | null;
  size: number | null;
  /** Where the file lies under DATA_DIR/files; null for a link. */
  storage_key: string | null;
  url: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: string;
  /** SHA-256 of a file's bytes (hex); null for a link and for files stored before it was kept. */
  sha256: string | null;
};

export type MediaItemsTable = {
  id: string;
  /** The body whose item it is (its channels, its public page). */
  organization_id: string;
  /** The department that proposed it, if one did. */
  unit_id: string | null;
  kind: string;
  title: string;
  /** Unique within the body; the public address /p/:orgCode/tin-tuc/:slug. */
  slug: string;
  summary: string | null;
  /** Sanitised on the server before it is stored: only the allow-list survives. */
  body_html: string;
  /** Title, summary and body text folded (no diacritics, lower case) for search. */
  search_folded: string;
  reform_areas_json: string;
  state: string;
  /** 1 when the body marks it as a "cách làm sáng tạo / mô hình hay". */
  good_practice: number;
  cover_file_id: string | null;
  /** The day it was first published anywhere: the order of the public list. */
  first_published_on: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: string;
  updated_at: string;
};

export type MediaItemEventsTable = {
  id: string;
  item_id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  /** 'create' | 'edit' | 'transition' | 'publish' */
  kind: string;
  from_state: string | null;
  to_state: string | null;
  comment: string | null;
};

export type MediaChannelsTable = {
  id: string;
  organization_id: string;
  kind: string;
  name: string;
  url: string | null;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
};

export type MediaPublicationsTable = {
  id: string;
  item_id: string;
  /** A channel kind: website, fanpage, zalo, screen, bulletin, radio, meeting. */
  channel: string;
  /** The body's configured channel of that kind, when it has one. */
  channel_id: string | null;
  url: string | null;
  published_on: string;
  created_by: string | null;
  created_at: string;
};

export type MediaItemLinksTable = { item_id: string; task_id: string; occurrence_id: string | null };

export type MediaFilesTable = {
  id: string;
  item_id: string;
  /** 'image' | 'attachment' */
  kind: string;
  name: string;
  media_type: string;
  size: number;
  storage_key: string;
  created_by: string | null;
  created_at: string;
};

export type GoodPracticeSubmissionsTable = {
  id: string;
  item_id: string;
  organization_id: string;
  /** The department of health it is sent to. */
  parent_id: string;
  /** yyyy-mm */
  month: string;
  submitted_at: string;
  submitted_by: string | null;
  selected_at: string | null;
  selected_by: string | null;
};

export type IndexResultsTable = {
  id: string;
  /** The body that entered it (for scope "province", the department of health speaks for its province). */
  organization_id: string;
  kind: string;
  scope: string;
  year: number;
  /** A decimal score as written ("89.52"): text, so that no database rounds it. */
  value: string | null;
  rank: number | null;
  /** Of how many ranked: 63 provinces, 34 after the 2025 merger, or the bodies of a provincial ranking. */
  rank_of: number | null;
  target_value: string | null;
  target_rank: number | null;
  source: string | null;
  note: string | null;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
};

export type ReportsTable = {
  id: string;
  organization_id: string;
  /** 'Q1' | 'H1' | '9M' | 'Y' | 'custom' */
  period: string;
  year: number;
  from_date: string;
  to_date: string;
  /** 'draft' | 'approved' | 'submitted' | 'returned' */
  state: string;
  /** The compiled numbers (ReportSections) as JSON: frozen once approved. */
  sections_json: string;
  /** The free texts: results, difficulties, proposals, next steps. */
  texts_json: string;
  /** The body it is sent to; null for a body with none above it in the system. */
  parent_id: string | null;
  due_on: string;
  /** Null until the records clerk registers it. */
  number: number | null;
  symbol: string;
  compiled_at: string;
  approved_by: string | null;
  approved_at: string | null;
  submitted_by: string | null;
  submitted_at: string | null;
  return_comment: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

export type ReportEventsTable = {
  id: string;
  report_id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  /** 'compile' | 'edit' | 'transition' */
  kind: string;
  from_state: string | null;
  to_state: string | null;
  comment: string | null;
};

export type SettingsTable = { key: string; value: string; updated_at: string };

export type JobsTable = {
  id: string;
  kind: string;
  payload_json: string;
  /** Not before this instant: the first run, or the next try after a failure. */
  run_at: string;
  /** 'queued' | 'running' | 'done' | 'failed' */
  state: string;
  attempts: number;
  max_attempts: number;
  /** The worker holding the job, until `locked_until`: after that the lease has lapsed and any worker may take it. */
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  /** A scheduled job's period ("reminders.scan:2026-03-27"): however many processes enqueue it, one row exists. */
  unique_key: string | null;
  created_at: string;
  finished_at: string | null;
  /** How far a job people wait for has got: done of total (total null until known), and what it is doing. */
  progress_done: Generated<number>;
  progress_total: number | null;
  progress_note: string | null;
  /** The user who asked for the job (an export); only they see it and its result. */
  requested_by: string | null;
  organization_id: string | null;
  /** The result file's name under DATA_DIR/exports, its download name and media type, kept until `expires_at`. */
  result_key: string | null;
  result_name: string | null;
  result_type: string | null;
  expires_at: string | null;
};

export type NotificationsTable = {
  id: string;
  user_id: string;
  organization_id: string | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  occurrence_id: string | null;
  created_at: string;
  read_at: string | null;
  /** Who, what and which day: the same reminder is never given twice. */
  dedupe_key: string;
  /** 'pending' until a letter carries it, then 'sent' or 'skipped'; null when it is not e-mailed this way. */
  email_state: string | null;
  emailed_at: string | null;
};

export type NotificationSettingsTable = {
  user_id: string;
  /** 'immediate' | 'digest' | 'off' (EMAIL_MODES); no row: immediate. */
  email_mode: string;
  updated_at: string;
};

/** A body's own feedback rules: working days to answer, months to keep personal data after closing. */
export type FeedbackSettingsTable = {
  organization_id: string;
  answer_working_days: number;
  retention_months: number;
  updated_by: string | null;
  updated_at: string;
};

/** A citizen's feedback or petition (SPEC §2.8). `contact_*` is personal data: see decision 0026. */
export type FeedbackItemsTable = {
  id: string;
  organization_id: string;
  tracking_code: string;
  channel: string;
  subject: string;
  content: string;
  procedure_id: string | null;
  concerns_unit_id: string | null;
  state: string;
  received_at: string;
  received_on: string;
  due_on: string;
  assigned_unit_id: string | null;
  assigned_user_id: string | null;
  answer: string | null;
  answered_on: string | null;
  answered_by_name: string | null;
  answer_published_at: string | null;
  refusal_reason: string | null;
  closed_at: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  contact_ip: string | null;
  consent_at: string | null;
  personal_data_erased_at: string | null;
  reminded_on: string | null;
  search_folded: string;
  created_at: string;
  updated_at: string;
};

export type FeedbackEventsTable = {
  id: string;
  feedback_id: string;
  step: string;
  from_state: string | null;
  to_state: string;
  note: string | null;
  actor_id: string | null;
  actor_name: string | null;
  at: string;
};

export type FeedbackFilesTable = {
  id: string;
  feedback_id: string;
  name: string;
  media_type: string;
  size: number;
  storage_key: string;
  sha256: string;
  created_at: string;
};

/** A satisfaction survey; its questionnaire (sections → questions) is JSON. */
export type SurveysTable = {
  id: string;
  organization_id: string;
  title: string;
  description: string | null;
  template: string | null;
  sections_json: string;
  opens_on: string | null;
  closes_on: string | null;
  state: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

/** A body's CCHC criteria set for a year (issue 16): the criteria tree and the classes' bands as JSON. */
export type AssessmentCriteriaSetsTable = {
  id: string;
  organization_id: string;
  year: number;
  name: string;
  criteria_json: string;
  bands_json: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

export type AssessmentRoundsTable = {
  id: string;
  organization_id: string;
  criteria_set_id: string;
  year: number;
  name: string;
  self_deadline: string;
  review_deadline: string;
  published_at: string | null;
  published_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

export type AssessmentRoundReviewersTable = { round_id: string; user_id: string };

export type AssessmentsTable = {
  id: string;
  round_id: string;
  organization_id: string;
  /** 'draft' | 'submitted' */
  state: string;
  submitted_at: string | null;
  submitted_by: string | null;
  reopened: number;
  updated_at: string;
};

/** Points in whole hundredths (see migration 0018). */
export type AssessmentScoresTable = {
  assessment_id: string;
  criterion_code: string;
  self_centi: number | null;
  self_note: string | null;
  review_centi: number | null;
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  updated_at: string;
};

export type AssessmentEvidenceTable = {
  id: string;
  assessment_id: string;
  criterion_code: string;
  source: string;
  ref_id: string | null;
  figure: string | null;
  label: string;
  detail: string | null;
  url: string | null;
  storage_key: string | null;
  media_type: string | null;
  size: number | null;
  created_by: string | null;
  created_at: string;
};

export type AssessmentScoreChangesTable = {
  id: string;
  assessment_id: string;
  criterion_code: string;
  /** 'self' | 'review' */
  stage: string;
  from_centi: number | null;
  to_centi: number | null;
  reason: string | null;
  changed_by: string | null;
  changed_by_name: string | null;
  changed_at: string;
};

export type SurveyResponsesTable = {
  id: string;
  survey_id: string;
  answered_at: string;
  answered_on: string;
  device_hash: string | null;
  answers_json: string;
};

/** One 1–5 answer of a response, kept as a row so rates per aspect and month are one grouped query. */
export type SurveyScaleAnswersTable = {
  response_id: string;
  survey_id: string;
  organization_id: string;
  question_id: string;
  aspect: string | null;
  point: number;
  answered_on: string;
};

/** Counts of a survey's scale answers per day and SIPAS aspect ('' outside them): migration 0019. */
export type SurveyScaleTalliesTable = {
  survey_id: string;
  organization_id: string;
  answered_on: string;
  aspect: string;
  answered: number;
  satisfied: number;
};

/** A version per body of the work it is counted on, bumped by triggers (migration 0020). */
export type WorkVersionsTable = {
  body_id: string;
  n: number;
};

/** One row: the count of this database's committed writing statements, on PostgreSQL (migration 0021). */
export type DataVersionTable = {
  id: number;
  n: number | string;
};

export type Database = {
  organizations: OrganizationsTable;
  external_bodies: ExternalBodiesTable;
  org_groups: OrgGroupsTable;
  org_group_members: OrgGroupMembersTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  api_keys: ApiKeysTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  login_backoff: LoginBackoffTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  legal_documents: LegalDocumentsTable;
  procedures: ProceduresTable;
  procedure_events: ProcedureEventsTable;
  procedure_files: ProcedureFilesTable;
  procedure_postings: ProcedurePostingsTable;
  feedback_settings: FeedbackSettingsTable;
  feedback_items: FeedbackItemsTable;
  feedback_events: FeedbackEventsTable;
  feedback_files: FeedbackFilesTable;
  surveys: SurveysTable;
  survey_responses: SurveyResponsesTable;
  assessment_criteria_sets: AssessmentCriteriaSetsTable;
  assessment_rounds: AssessmentRoundsTable;
  assessment_round_reviewers: AssessmentRoundReviewersTable;
  assessments: AssessmentsTable;
  assessment_scores: AssessmentScoresTable;
  assessment_evidence: AssessmentEvidenceTable;
  assessment_score_changes: AssessmentScoreChangesTable;
  survey_scale_answers: SurveyScaleAnswersTable;
  survey_scale_tallies: SurveyScaleTalliesTable;
  work_versions: WorkVersionsTable;
  data_version: DataVersionTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  document_number_registers: DocumentNumberRegistersTable;
  tasks: TasksTable;
  occurrences: OccurrencesTable;
  occurrence_events: OccurrenceEventsTable;
  evidence: EvidenceTable;
  media_items: MediaItemsTable;
  media_item_events: MediaItemEventsTable;
  media_channels: MediaChannelsTable;
  media_publications: MediaPublicationsTable;
  media_item_links: MediaItemLinksTable;
  media_files: MediaFilesTable;
  good_practice_submissions: GoodPracticeSubmissionsTable;
  index_results: IndexResultsTable;
  reports: ReportsTable;
  report_events: ReportEventsTable;
  jobs: JobsTable;
  notification_settings: NotificationSettingsTable;
  notifications: NotificationsTable;
};

export type { Generated };
