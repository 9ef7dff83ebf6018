import type { FeedbackRef } from '../../domain/notifications/workflow-events';
import type { CitizenMailReason } from '../../domain/feedback/citizen-mail';
import { enqueueJob } from '../../db/repositories/jobs';
import { SEND_EMAIL_MAX_ATTEMPTS, FEEDBACK_EMAIL_KIND } from '../jobs/job-kinds';
import type { FeedbackEmailPayload } from '../jobs/handlers/feedback-email';
import { notify } from './notify';
import type { Tx } from './transaction';

export type FeedbackRefSource = {
  id: string;
  tracking_code: string;
  subject: string;
  organization_id: string;
  assigned_unit_id: string | null;
  assigned_unit_name: string | null;
  assigned_user_id: string | null;
  due_on: string;
};

const refOf = (f: FeedbackRefSource): FeedbackRef => ({
  id: f.id,
  trackingCode: f.tracking_code,
  subject: f.subject,
  bodyId: f.organization_id,
  unitId: f.assigned_unit_id,
  unitName: f.assigned_unit_name,
  assignedUserId: f.assigned_user_id,
  dueOn: f.due_on,
});

/** Tells the staff a feedback step concerns (workflow notifications, in the app and by e-mail), inside the step's transaction. */
export async function notifyFeedbackStep(tx: Tx, kind: 'received' | 'assigned' | 'answered', actor: { userId: string; name: string | null }, item: FeedbackRefSource, comment?: string | null): Promise<void> {
  await notify(tx, { kind: `feedback.${kind}`, actor, comment, feedback: refOf(item) });
}

/**
 * Queues the letter to the citizen (only when they left an address), once per reason and day: a
 * corrected answer the same day is not a second letter.
 */
export async function queueCitizenMail(tx: Tx, feedbackId: string, reason: CitizenMailReason, day: string, now = new Date()): Promise<void> {
  const payload: FeedbackEmailPayload = { feedbackId, reason };
  await enqueueJob(tx.db, { kind: FEEDBACK_EMAIL_KIND, payload, uniqueKey: `${FEEDBACK_EMAIL_KIND}:${feedbackId}:${reason}:${day}`, maxAttempts: SEND_EMAIL_MAX_ATTEMPTS }, now);
}
