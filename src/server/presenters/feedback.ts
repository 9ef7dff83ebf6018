import type { Actor } from '../../domain/access/actor';
import { timelinessOf } from '../../domain/feedback/deadline';
import { displayTrackingCode } from '../../domain/feedback/tracking-code';
import type { Db } from '../../db/database';
import { eventsOfFeedback, filesOfFeedback, findFeedbackContact, type FeedbackInContext } from '../../db/repositories/feedback';
import { findOrganization } from '../../db/repositories/organizations';
import { findProcedure } from '../../db/repositories/procedures';
import type { FeedbackChannel, FeedbackState } from '../../shared/feedback-vocabulary';
import { feedbackTrackingPath } from '../../shared/public-urls';
import type { FeedbackDto, FeedbackSummaryDto } from '../../shared/schemas/feedback';
import { canSeeContact, feedbackAbilities } from '../commands/feedback-access';

const ref = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

/** An item as a list shows it: never the contact, only whether there is one. */
export function presentFeedbackSummary(f: FeedbackInContext, today: string): FeedbackSummaryDto {
  return {
    id: f.id,
    organization: { id: f.organization_id, code: f.org_code, name: f.org_name },
    trackingCode: displayTrackingCode(f.tracking_code),
    channel: f.channel as FeedbackChannel,
    subject: f.subject,
    state: f.state as FeedbackState,
    receivedOn: f.received_on,
    dueOn: f.due_on,
    timeliness: timelinessOf({ state: f.state as FeedbackState, dueOn: f.due_on, answeredOn: f.answered_on }, today),
    assignedUnit: ref(f.assigned_unit_id, f.assigned_unit_name),
    assignedUser: ref(f.assigned_user_id, f.assigned_user_name),
    answeredOn: f.answered_on,
    answerPublished: f.answer_published_at !== null,
    hasContact: f.has_contact,
  };
}

/** One item in full; its contact only for those who answer the citizen (decision 0026), read here and nowhere else in the API. */
export async function presentFeedback(db: Db, actor: Actor, f: FeedbackInContext, today: string): Promise<FeedbackDto> {
  const seesContact = canSeeContact(actor, f);
  const [events, files, procedure, concerns, contact] = await Promise.all([
    eventsOfFeedback(db, f.id),
    filesOfFeedback(db, f.id),
    f.procedure_id ? findProcedure(db, f.procedure_id) : undefined,
    f.concerns_unit_id ? findOrganization(db, f.concerns_unit_id) : undefined,
    seesContact ? findFeedbackContact(db, f.id) : undefined,
  ]);
  return {
    ...presentFeedbackSummary(f, today),
    content: f.content,
    procedure: procedure ? { id: procedure.id, code: procedure.code, name: procedure.name } : null,
    concernsUnit: concerns ? { id: concerns.id, name: concerns.name } : null,
    answer: f.answer,
    answeredByName: f.answered_by_name,
    refusalReason: f.refusal_reason,
    closedAt: f.closed_at,
    events: events.map((e) => ({ step: e.step, fromState: e.from_state, toState: e.to_state, note: e.note, actorName: e.actor_name, at: e.at })),
    files: files.map((file) => ({ id: file.id, name: file.name, mediaType: file.media_type, size: file.size, url: `/api/feedback/${f.id}/files/${file.id}` })),
    contact: contact && f.personal_data_erased_at === null ? contact : null,
    personalDataErasedAt: f.personal_data_erased_at,
    publicUrl: feedbackTrackingPath(f.org_code, displayTrackingCode(f.tracking_code)),
    can: feedbackAbilities(actor, f),
  };
}
