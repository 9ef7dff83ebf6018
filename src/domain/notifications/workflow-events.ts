/**
 * The workflow steps people are told about, each carrying just what its message and its recipients
 * need. The server builds one inside the transaction of the step; everything after is pure.
 */

/** Who made the step: never told about it themself. */
export type Actor = { userId: string; name: string | null };

export type PlanRef = { id: string; title: string; bodyId: string; bodyName: string; numberAndSymbol: string | null };

/** A body or department the issued plan gives work to; a body's coordinators answer for it, a department's reporters. */
export type Assignee = { organizationId: string; name: string; isBody: boolean };

export type OccurrenceRef = {
  id: string;
  taskId: string;
  taskTitle: string;
  /** The department (or body) doing the work. */
  organizationId: string;
  organizationName: string;
  isBody: boolean;
  /** The body whose plan it is: its coordinators review the work. */
  reviewBodyId: string;
  due: string | null;
};

export type MediaRef = { id: string; title: string; bodyId: string; unitId: string | null; proposerId: string | null };

/** A procedure to post again, with the body that posts it. */
export type ProcedureRef = { id: string; code: string; name: string };

/** A citizen's feedback item: its body, and the department (and person) it was assigned to. */
export type FeedbackRef = { id: string; trackingCode: string; subject: string; bodyId: string; unitId: string | null; unitName: string | null; assignedUserId: string | null; dueOn: string };

export type ReportRef = { id: string; phrase: string; bodyId: string; bodyName: string; parentId: string | null };

/** A scoring round (issue 16): the department of health that opened it and the bodies it scores. */
export type RoundRef = { id: string; name: string; ownerId: string; bodyIds: readonly string[] };
/** A body's assessment in a round, and the review team that scores it. */
export type AssessmentRef = { id: string; roundName: string; bodyId: string; bodyName: string; ownerId: string; reviewerIds: readonly string[]; criterionCode?: string };

type Step<K extends string, T> = { kind: K; actor: Actor; comment?: string | null } & T;

export type WorkflowEvent =
  | Step<'plan.submitted', { plan: PlanRef }>
  /** `drafters`: who wrote the draft and who sent it up (user ids); the return goes back to them. */
  | Step<'plan.returned', { plan: PlanRef; drafters: readonly string[] }>
  | Step<'plan.issued', { plan: PlanRef; assignees: readonly Assignee[] }>
  | Step<'occurrence.submitted' | 'occurrence.accepted' | 'occurrence.returned' | 'occurrence.commented', { occurrence: OccurrenceRef }>
  | Step<'media.submitted' | 'media.approved' | 'media.returned', { item: MediaRef }>
  | Step<'media.published', { item: MediaRef; channel: string }>
  | Step<'report.approved' | 'report.submitted' | 'report.returned', { report: ReportRef }>
  /** Procedures posted as they stood and changed since: the body's editors put the new version up. */
  | Step<'procedure.stale', { bodyId: string; procedures: readonly ProcedureRef[] }>
  /** Citizens' feedback: received (the coordinators take it in), assigned (the department answers), answered (back to the coordinators). */
  | Step<'feedback.received' | 'feedback.assigned' | 'feedback.answered', { feedback: FeedbackRef }>
  /** CCHC scoring: a round opened or published (its bodies are told), a self-assessment submitted, reviewed, reopened or answered. */
  | Step<'scoring.opened' | 'scoring.published', { round: RoundRef }>
  | Step<'scoring.submitted' | 'scoring.rescored' | 'scoring.reopened' | 'scoring.answered', { assessment: AssessmentRef }>;

export type WorkflowEventKind = WorkflowEvent['kind'];

/** The organisation a step is about, stored on its notifications. */
export function subjectOrganization(event: WorkflowEvent): string {
  switch (event.kind) {
    case 'plan.submitted':
    case 'plan.returned':
    case 'plan.issued':
      return event.plan.bodyId;
    case 'occurrence.submitted':
    case 'occurrence.accepted':
    case 'occurrence.returned':
    case 'occurrence.commented':
      return event.occurrence.organizationId;
    case 'media.submitted':
    case 'media.approved':
    case 'media.returned':
    case 'media.published':
      return event.item.bodyId;
    case 'procedure.stale':
      return event.bodyId;
    case 'feedback.received':
    case 'feedback.assigned':
    case 'feedback.answered':
      return event.feedback.bodyId;
    case 'scoring.opened':
    case 'scoring.published':
      return event.round.ownerId;
    case 'scoring.submitted':
    case 'scoring.rescored':
    case 'scoring.reopened':
    case 'scoring.answered':
      return event.assessment.bodyId;
    default:
      return event.report.bodyId;
  }
}
