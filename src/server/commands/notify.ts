import { directoryOf } from '../../domain/notifications/directory';
import { emailWindow } from '../../domain/notifications/email-batch';
import { workflowNotices } from '../../domain/notifications/notices';
import type { WorkflowEvent } from '../../domain/notifications/workflow-events';
import type { Role } from '../../shared/roles';
import { newId } from '../../db/ids';
import { enqueueJob } from '../../db/repositories/jobs';
import { emailModesOf } from '../../db/repositories/notification-settings';
import { insertNewNotifications, type NewNotification } from '../../db/repositories/notifications';
import { listActiveUsers, listRoleHolders } from '../../db/repositories/workflow-recipients';
import { NOTIFICATION_EMAIL_KIND, type NotificationEmailPayload } from '../jobs/job-kinds';
import type { Tx } from './transaction';

const ROLES_TOLD: readonly Role[] = ['director', 'coordinator', 'editor', 'reporter'];

/** The organisations whose role holders a step may reach, and the people it names. */
function reach(event: WorkflowEvent): { organizationIds: (string | null)[]; named: (string | null)[] } {
  switch (event.kind) {
    case 'plan.submitted':
      return { organizationIds: [event.plan.bodyId], named: [] };
    case 'plan.returned':
      return { organizationIds: [], named: [...event.drafters] };
    case 'plan.issued':
      return { organizationIds: [event.plan.bodyId, ...event.assignees.map((a) => a.organizationId)], named: [] };
    case 'occurrence.submitted':
    case 'occurrence.accepted':
    case 'occurrence.returned':
    case 'occurrence.commented':
      return { organizationIds: [event.occurrence.organizationId, event.occurrence.reviewBodyId], named: [] };
    case 'media.submitted':
    case 'media.approved':
    case 'media.returned':
    case 'media.published':
      return { organizationIds: [event.item.bodyId, event.item.unitId], named: [event.item.proposerId] };
    case 'procedure.stale':
      return { organizationIds: [event.bodyId], named: [] };
    case 'feedback.received':
    case 'feedback.assigned':
    case 'feedback.answered':
      return { organizationIds: [event.feedback.bodyId, event.feedback.unitId], named: [event.feedback.assignedUserId] };
    case 'scoring.opened':
    case 'scoring.published':
      return { organizationIds: [...event.round.bodyIds], named: [] };
    case 'scoring.submitted':
    case 'scoring.rescored':
    case 'scoring.reopened':
    case 'scoring.answered':
      return { organizationIds: [event.assessment.bodyId, event.assessment.ownerId], named: [...event.assessment.reviewerIds] };
    default:
      return { organizationIds: [event.report.bodyId, event.report.parentId], named: [] };
  }
}

const present = <T>(values: readonly (T | null)[]) => values.filter((v): v is T => v !== null);

/**
 * Tells the people a workflow step concerns, inside the step's own transaction: a notification in the
 * app for each, and for those who take e-mail at once, one gathering job per person per ten-minute
 * window (a burst of steps makes one letter). Digest readers' notifications wait for the morning scan.
 * Answers how many were told.
 */
export async function notify(tx: Tx, event: WorkflowEvent, now = new Date()): Promise<number> {
  const { organizationIds, named } = reach(event);
  const holders = await listRoleHolders(tx.db, { organizationIds: present(organizationIds), roles: ROLES_TOLD });
  const namedPeople = await listActiveUsers(tx.db, present(named));
  const addresses = new Map<string, string | null>([...holders.map((h) => [h.userId, h.email] as const), ...namedPeople.map((p) => [p.id, p.email] as const)]);
  // A disabled account is in neither list: it hears nothing.
  const notices = workflowNotices(event, directoryOf(holders)).filter((n) => addresses.has(n.userId));
  if (notices.length === 0) return 0;
  const modes = await emailModesOf(tx.db, notices.map((n) => n.userId));
  const step = newId();
  const createdAt = now.toISOString();
  const rows: NewNotification[] = notices.map((n) => ({
    id: newId(),
    user_id: n.userId,
    organization_id: n.organizationId,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    occurrence_id: n.occurrenceId,
    created_at: createdAt,
    read_at: null,
    dedupe_key: `${n.kind}:${step}:${n.userId}`,
    email_state: addresses.get(n.userId) && modes.get(n.userId) !== 'off' ? 'pending' : null,
  }));
  await insertNewNotifications(tx.db, rows);
  const window = emailWindow(now);
  for (const row of rows) {
    if (row.email_state !== 'pending' || modes.get(row.user_id) !== 'immediate') continue;
    const payload: NotificationEmailPayload = { userId: row.user_id };
    await enqueueJob(tx.db, { kind: NOTIFICATION_EMAIL_KIND, payload, uniqueKey: `${NOTIFICATION_EMAIL_KIND}:${row.user_id}:${window.start}`, runAt: window.runAt }, now);
  }
  return rows.length;
}
