import { grantsWith, reaches, type Actor, type Placed } from '../../domain/access/actor';
import { stepFrom } from '../../domain/feedback/workflow';
import type { Db } from '../../db/database';
import { findFeedback, type FeedbackInContext } from '../../db/repositories/feedback';
import type { FeedbackState } from '../../shared/feedback-vocabulary';
import { notFound } from '../errors';
import { can, refusal } from '../policies';

/**
 * Who reaches a citizen's feedback (SPEC §2.8, decision 0026). The body's director, coordinators and
 * viewers read all of it; a reporter reads only what is assigned to their department, and so does the
 * person it is assigned to. Handling (assign, refuse, close, reopen, settings) is the body's own
 * coordinator's and director's — a department of health reads its hospitals' feedback but does not
 * handle it — and answering is theirs, the assigned department's reporters' and the assigned person's.
 * The contact is seen by exactly those who may answer.
 */

export const feedbackNotFound = () => notFound('FEEDBACK_NOT_FOUND', 'Không tìm thấy phản ánh.');

export const placeOfFeedback = (f: Pick<FeedbackInContext, 'organization_id' | 'org_path'>): Placed => ({ id: f.organization_id, path: f.org_path, bodyId: f.organization_id });

/** Reads every item of the body (director, coordinator, viewer; a department of health's too). */
export const readsWholeBody = (actor: Actor, body: Placed) => reaches(actor, ['director', 'coordinator', 'viewer'], body);

/** The body's own coordinator or director: handles its feedback and sees every contact. */
export const handlesBody = (actor: Actor, body: Placed) => can(actor, 'feedback.handle', body) && reaches(actor, ['director', 'coordinator'], body, { ownBody: true });

/** The department paths under which a reporter of this body answers what is assigned. */
export const reporterRoots = (actor: Actor, bodyId: string) => grantsWith(actor, ['reporter']).filter((g) => g.bodyId === bodyId).map((g) => g.organizationPath);

/** The assigned person, or a reporter of the assigned department. */
function isAssignedHandler(actor: Actor, f: FeedbackInContext): boolean {
  if (f.assigned_user_id && f.assigned_user_id === actor.userId) return true;
  const unitPath = f.assigned_unit_path;
  return !!unitPath && reporterRoots(actor, f.organization_id).some((root) => unitPath.startsWith(root));
}

export function canReadFeedback(actor: Actor, f: FeedbackInContext): boolean {
  return readsWholeBody(actor, placeOfFeedback(f)) || isAssignedHandler(actor, f);
}

export const canAnswerFeedback = (actor: Actor, f: FeedbackInContext) => handlesBody(actor, placeOfFeedback(f)) || isAssignedHandler(actor, f);

/** Decision 0026: the contact is for those who answer the citizen. */
export const canSeeContact = canAnswerFeedback;

/** What the actor may do with the item now, for the buttons the staff app shows. */
export function feedbackAbilities(actor: Actor, f: FeedbackInContext) {
  const handles = handlesBody(actor, placeOfFeedback(f));
  const answers = canAnswerFeedback(actor, f);
  const open = (step: 'assign' | 'answer' | 'close' | 'refuse' | 'reopen') => stepFrom(f.state as FeedbackState, step) !== null;
  return {
    assign: handles && open('assign'),
    answer: answers && open('answer'),
    publish: answers && f.answer !== null && (f.state === 'answered' || f.state === 'closed'),
    close: handles && open('close'),
    refuse: handles && open('refuse'),
    reopen: handles && open('reopen'),
    seeContact: answers,
  };
}

export type FeedbackAbility = 'read' | 'handle' | 'answer';

/** Loads an item the actor may read and do `ability` on; one they may not read is "not found", so ids reveal nothing. */
export async function loadFeedback(db: Db, actor: Actor, id: string, ability: FeedbackAbility = 'read'): Promise<FeedbackInContext> {
  const row = await findFeedback(db, id);
  if (!row || !canReadFeedback(actor, row)) throw feedbackNotFound();
  if (ability === 'handle' && !handlesBody(actor, placeOfFeedback(row))) throw refusal('feedback.handle');
  if (ability === 'answer' && !canAnswerFeedback(actor, row)) throw refusal('feedback.answer');
  return row;
}
