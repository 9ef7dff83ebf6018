import type { Role } from '../../shared/roles';

/**
 * Who may do what, as data: each action names the roles that allow it. A role allows an action on a
 * node when the node lies where that role reaches (see domain/access/actor.ts): its organisation and
 * everything below it, or for a reporter their whole body (read only).
 */
export const ACTIONS = {
  'organization.read': ['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer'],
  'organization.create_child': ['admin'],
  'organization.update': ['admin'],
  'organization.move': ['admin'],
  'organization.retire': ['admin'],
  'external_body.manage': ['admin', 'coordinator'],
  'group.manage': ['admin', 'coordinator'],
  /** The registry is shared by the whole system; an entry is corrected by the body that added it. */
  'legal_document.manage': ['admin', 'coordinator'],
  'plan.read': ['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer'],
  'plan.edit': ['coordinator', 'director'],
  'plan.submit': ['coordinator', 'director'],
  'plan.approve': ['director'],
  'plan.close': ['coordinator', 'director'],
  /** Accepting or returning a department's submitted work: the coordinator of the plan's body. */
  'occurrence.review': ['coordinator', 'director'],
  /** Issuing a văn bản đôn đốc about the late work of the body's own plans. */
  'reminder_notice.issue': ['coordinator', 'director'],
  'user.read': ['admin', 'director', 'coordinator'],
  'user.manage': ['admin'],
  /** Keys for other systems (issue 18): made, read and revoked by the admin of the body or of a body above it. */
  'api_key.manage': ['admin'],
  'audit.read': ['admin', 'director'],
  /** Running the reminder scan now for the bodies in reach (it also runs by itself every working morning). */
  'reminder.run': ['admin', 'director', 'coordinator'],
  /** The follow-up matrix of a body's departments, or of the bodies under a department of health. */
  'progress.follow': ['director', 'coordinator'],
  /** Entering a year's PAR INDEX, SIPAS, PAPI, PCI, DDCI results: the body's own (a department of health speaks for its province). */
  'index.manage': ['admin', 'director', 'coordinator'],
  /** Sending the month's good practices up to the department of health, and the department choosing among them. */
  'good_practice.submit': ['editor', 'coordinator', 'director'],
  'good_practice.select': ['editor', 'coordinator', 'director'],
  /** Communication items (SPEC §2.6); which move in which state is domain/media/workflow.ts's call. */
  'media.read': ['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer'],
  'media.propose': ['reporter', 'editor', 'coordinator', 'director'],
  'media.edit': ['reporter', 'editor', 'coordinator', 'director'],
  'media.approve': ['editor', 'director'],
  'media.publish': ['editor', 'director'],
  'media.return': ['editor', 'director'],
  /** Administrative and internal procedures (SPEC §2.7): read by all; kept by the body's CCHC coordinator; posted also by the communication editor. */
  'procedure.read': ['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer'],
  'procedure.manage': ['coordinator', 'director'],
  'procedure.post': ['editor', 'coordinator', 'director'],
  /**
   * Citizens' feedback (SPEC §2.8): the body's coordinator and director receive, assign, refuse, close and
   * set the rules; a department's reporters read and answer what is assigned to their department (the
   * command narrows them to it); a viewer follows the list. Contact data: decision 0026.
   */
  'feedback.read': ['director', 'coordinator', 'reporter', 'viewer'],
  'feedback.handle': ['coordinator', 'director'],
  'feedback.answer': ['reporter', 'coordinator', 'director'],
  /** Satisfaction surveys: built and published by the coordinator, director or communication editor; results read by all staff. */
  'survey.read': ['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer'],
  'survey.manage': ['coordinator', 'director', 'editor'],
  /**
   * CCHC scoring (SPEC §2.12): criteria sets and rounds read by the body's staff (a department of health's
   * also its bodies'); sets defined and rounds opened and published by its CCHC coordinator and director;
   * a body's self-assessment made by its own. Reviewing is not a role: the people a round names do it.
   */
  'assessment.read': ['admin', 'director', 'coordinator', 'reporter', 'editor', 'viewer'],
  'assessment.manage': ['coordinator', 'director'],
  'assessment.self': ['coordinator', 'director'],
  'channel.manage': ['editor', 'coordinator', 'director', 'admin'],
  /** Periodic reports (SPEC §2.10): the body reads, compiles and sends its own; the director approves; the body above returns one sent to it. */
  'report.read': ['admin', 'director', 'coordinator', 'viewer'],
  'report.compile': ['coordinator', 'director'],
  'report.approve': ['director'],
  'report.submit': ['coordinator', 'director'],
  'report.return': ['coordinator', 'director'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

/**
 * Actions on a node that only someone above it may take: the admin of a hospital keeps its departments
 * but it is the department of health that moves or retires the hospital itself.
 */
export const FROM_ABOVE_ONLY: ReadonlySet<Action> = new Set(['organization.move', 'organization.retire', 'report.return']);

/**
 * Actions a body takes only on its own things: a department of health reads its hospitals' plans
 * but drafting, approving and issuing a hospital's plan is the hospital's.
 */
export const OWN_BODY_ONLY: ReadonlySet<Action> = new Set(['plan.edit', 'plan.submit', 'plan.approve', 'plan.close', 'occurrence.review', 'reminder_notice.issue', 'good_practice.submit', 'good_practice.select', 'media.propose', 'media.edit', 'media.approve', 'media.publish', 'media.return', 'channel.manage', 'procedure.manage', 'procedure.post', 'index.manage', 'report.read', 'report.compile', 'report.approve', 'report.submit', 'feedback.handle', 'feedback.answer', 'survey.manage', 'assessment.manage', 'assessment.self']);
