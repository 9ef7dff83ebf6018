import type { RoleDirectory } from './directory';
import { messageFor, type WorkflowMessage } from './messages';
import { recipientsOf } from './recipients';
import { subjectOrganization, type WorkflowEvent } from './workflow-events';

/** One notification to write: who, about which organisation (and occurrence), and its words. */
export type Notice = WorkflowMessage & { userId: string; organizationId: string; occurrenceId: string | null };

/** The notifications a workflow step gives: one per person told, in their words. */
export function workflowNotices(event: WorkflowEvent, directory: RoleDirectory): Notice[] {
  const organizationId = subjectOrganization(event);
  const occurrenceId = 'occurrence' in event ? event.occurrence.id : null;
  return recipientsOf(event, directory).map((r) => ({ ...messageFor(event, r), userId: r.userId, organizationId, occurrenceId }));
}
