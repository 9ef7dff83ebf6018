/**
 * Who is told of each workflow step: the people whose turn it now is, or whose work it was. Everyone
 * is found through roles in the organisations the step is about, so a body never hears of another
 * body's things; the person who made the step is never told of it.
 */
import { holders, type RoleDirectory } from './directory';
import type { Assignee, WorkflowEvent } from './workflow-events';

/** A person to tell; `assignee` when they hear of an issued plan because it gives their unit work. */
export type Recipient = { userId: string; assignee?: Assignee };

/** A department's work is its reporters'; a body's own work (or a child body's) is its coordinators'. */
const answerFor = (d: RoleDirectory, o: { organizationId: string; isBody: boolean }) => holders(d, o.organizationId, o.isBody ? 'coordinator' : 'reporter');

function candidates(event: WorkflowEvent, d: RoleDirectory): Recipient[] {
  const plain = (ids: readonly (string | null)[]) => ids.filter((id): id is string => !!id).map((userId) => ({ userId }));
  switch (event.kind) {
    case 'plan.submitted':
      return plain(holders(d, event.plan.bodyId, 'director'));
    case 'plan.returned':
      return plain(event.drafters);
    case 'plan.issued':
      return [
        ...plain(holders(d, event.plan.bodyId, 'coordinator')),
        ...event.assignees.filter((a) => a.organizationId !== event.plan.bodyId).flatMap((a) => answerFor(d, a).map((userId) => ({ userId, assignee: a }))),
      ];
    case 'occurrence.submitted':
      return plain(holders(d, event.occurrence.reviewBodyId, 'coordinator'));
    case 'occurrence.accepted':
    case 'occurrence.returned':
      return plain(answerFor(d, event.occurrence));
    case 'occurrence.commented':
      // A comment is a conversation between the unit doing the work and those who review it.
      return plain([...answerFor(d, event.occurrence), ...holders(d, event.occurrence.reviewBodyId, 'coordinator')]);
    case 'media.submitted':
      // Those the media workflow lets approve: the body's communication editors and directors.
      return plain([...holders(d, event.item.bodyId, 'editor'), ...holders(d, event.item.bodyId, 'director')]);
    case 'media.approved':
    case 'media.returned':
    case 'media.published':
      return plain([event.item.proposerId, ...holders(d, event.item.unitId, 'reporter')]);
    case 'report.approved':
      // The coordinators send the approved report up; the parent sees nothing before it is sent.
      return plain(holders(d, event.report.bodyId, 'coordinator'));
    case 'report.submitted':
      return plain([...holders(d, event.report.parentId, 'coordinator'), ...holders(d, event.report.parentId, 'director')]);
    case 'report.returned':
      return plain(holders(d, event.report.bodyId, 'coordinator'));
    case 'procedure.stale':
      // The communication editors post; the coordinators keep the registry and answer for the share posted.
      return plain([...holders(d, event.bodyId, 'editor'), ...holders(d, event.bodyId, 'coordinator')]);
    case 'feedback.received':
    case 'feedback.answered':
      return plain(holders(d, event.feedback.bodyId, 'coordinator'));
    case 'feedback.assigned':
      // The person named answers first; the department's reporters share the work and its reminders.
      return plain([event.feedback.assignedUserId, ...holders(d, event.feedback.unitId, 'reporter')]);
    case 'scoring.opened':
      // Each body's CCHC coordinators self-assess.
      return plain(event.round.bodyIds.flatMap((id) => holders(d, id, 'coordinator')));
    case 'scoring.published':
      return plain(event.round.bodyIds.flatMap((id) => [...holders(d, id, 'coordinator'), ...holders(d, id, 'director')]));
    case 'scoring.submitted':
    case 'scoring.answered':
      // The review team, and the department of health's coordinators who run the round.
      return plain([...event.assessment.reviewerIds, ...holders(d, event.assessment.ownerId, 'coordinator')]);
    case 'scoring.rescored':
    case 'scoring.reopened':
      return plain(holders(d, event.assessment.bodyId, 'coordinator'));
  }
}

/** Each person once (the first reason found wins), never the actor. */
export function recipientsOf(event: WorkflowEvent, directory: RoleDirectory): Recipient[] {
  const seen = new Set<string>([event.actor.userId]);
  const out: Recipient[] = [];
  for (const r of candidates(event, directory)) {
    if (seen.has(r.userId)) continue;
    seen.add(r.userId);
    out.push(r);
  }
  return out;
}
