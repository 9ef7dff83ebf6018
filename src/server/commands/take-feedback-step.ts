import { todayInVietnam } from '../../domain/calendar';
import { displayTrackingCode } from '../../domain/feedback/tracking-code';
import { stepFrom } from '../../domain/feedback/workflow';
import { newId } from '../../db/ids';
import { findFeedback, findFeedbackContact, insertFeedbackEvent, updateFeedback, worksIn, type FeedbackChanges, type FeedbackInContext } from '../../db/repositories/feedback';
import { findOrganization } from '../../db/repositories/organizations';
import { FEEDBACK_STATE_LABELS_VI, type FeedbackState } from '../../shared/feedback-vocabulary';
import type { FeedbackStepInput } from '../../shared/schemas/feedback';
import { badRequest, conflict } from '../errors';
import { loadFeedback, type FeedbackAbility } from './feedback-access';
import { notifyFeedbackStep, queueCitizenMail } from './feedback-notices';
import { inTransaction, type CommandContext, type Tx } from './transaction';

const WHO: Record<FeedbackStepInput['step'], FeedbackAbility> = { assign: 'handle', answer: 'answer', close: 'handle', refuse: 'handle', reopen: 'handle', publish: 'answer' };

const STEP_VI: Record<FeedbackStepInput['step'], string> = { assign: 'giao xử lý', answer: 'trả lời', close: 'kết thúc', refuse: 'từ chối (không thuộc phạm vi)', reopen: 'mở lại', publish: 'công khai câu trả lời' };

const notOpen = (state: FeedbackState, step: string) =>
  conflict('FEEDBACK_STEP_NOT_OPEN', `Phản ánh đang ở trạng thái “${FEEDBACK_STATE_LABELS_VI[state]}”: không thể ${step} lúc này.`, { state });

/** The department must be one of the body's own, still in use; the person, someone working in it. */
async function assignee(tx: Tx, item: FeedbackInContext, unitId: string, userId: string | null | undefined) {
  const unit = await findOrganization(tx.db, unitId);
  if (!unit || unit.body_id !== item.organization_id || unit.id === item.organization_id || unit.retired_at) {
    throw badRequest('VALIDATION_FAILED', 'Khoa, phòng được giao không thuộc đơn vị này.', [{ field: 'unitId', message: 'Không thuộc đơn vị' }]);
  }
  if (userId && !(await worksIn(tx.db, userId, unit.path))) {
    throw badRequest('VALIDATION_FAILED', 'Người được giao không làm việc tại khoa, phòng này.', [{ field: 'userId', message: 'Không thuộc khoa, phòng' }]);
  }
  return unit;
}

/** The columns a step changes, and the note its event keeps; checked against the state first (409 when not open). */
async function changesOf(tx: Tx, ctx: CommandContext, item: FeedbackInContext, input: FeedbackStepInput, now: Date): Promise<{ changes: FeedbackChanges; note: string | null; unitName?: string }> {
  const state = item.state as FeedbackState;
  const at = now.toISOString();
  if (input.step === 'publish') {
    if (item.answer === null || !(state === 'answered' || state === 'closed')) throw notOpen(state, STEP_VI.publish);
    return { changes: { answer_published_at: input.published ? (item.answer_published_at ?? at) : null }, note: input.published ? 'Công khai câu trả lời' : 'Thôi công khai câu trả lời' };
  }
  const to = stepFrom(state, input.step);
  if (!to) throw notOpen(state, STEP_VI[input.step]);
  switch (input.step) {
    case 'assign': {
      const unit = await assignee(tx, item, input.unitId, input.userId);
      return { changes: { state: to, assigned_unit_id: unit.id, assigned_user_id: input.userId ?? null }, note: input.note || null, unitName: unit.name };
    }
    case 'answer':
      return {
        changes: { state: to, answer: input.answer, answered_on: todayInVietnam(now), answered_by_name: ctx.audit.actor?.fullName ?? null, answer_published_at: input.publish ? (item.answer_published_at ?? at) : item.answer_published_at },
        note: null,
      };
    case 'close':
      return { changes: { state: to, closed_at: at }, note: input.note || null };
    case 'refuse':
      // A refusal settles the item as an answer would: its day is judged against the deadline, and the retention starts.
      return { changes: { state: to, refusal_reason: input.reason, answered_on: todayInVietnam(now), closed_at: at }, note: input.reason };
    case 'reopen':
      return { changes: { state: to, closed_at: null }, note: input.note };
  }
}

/**
 * One handling step (assign, answer, close, refuse, reopen, publish): checked against who the actor is
 * and the item's state, written with its event, an audit entry (never the contact) and the notices —
 * the department on assignment, the coordinators on an answer, the citizen by e-mail when there is one.
 */
export async function takeFeedbackStep(ctx: CommandContext, id: string, input: FeedbackStepInput, now = new Date()): Promise<FeedbackInContext> {
  await loadFeedback(ctx.db, ctx.actor, id, WHO[input.step]);
  await inTransaction(ctx, async (tx) => {
    // Read again inside: another handler may have moved it meanwhile.
    const item = await loadFeedback(tx.db, ctx.actor, id, WHO[input.step]);
    const { changes, note, unitName } = await changesOf(tx, ctx, item, input, now);
    const at = now.toISOString();
    await updateFeedback(tx.db, id, { ...changes, updated_at: at });
    const toState = changes.state ?? item.state;
    await insertFeedbackEvent(tx.db, { id: newId(), feedback_id: id, step: input.step, from_state: item.state, to_state: toState, note, actor_id: ctx.actor.userId, actor_name: ctx.audit.actor?.fullName ?? null, at });
    const code = displayTrackingCode(item.tracking_code);
    await tx.audit({
      organization: { id: item.organization_id, path: item.org_path },
      action: `feedback.${input.step}`,
      entityType: 'feedback',
      entityId: id,
      summary: `Phản ánh ${code}: ${STEP_VI[input.step]}${unitName ? ` — ${unitName}` : ''}`,
      before: { state: item.state, assignedUnitId: item.assigned_unit_id, published: item.answer_published_at !== null },
      after: { state: toState, ...(input.step === 'assign' ? { assignedUnitId: changes.assigned_unit_id, assignedUserId: changes.assigned_user_id } : {}), ...(note ? { note } : {}), published: (changes.answer_published_at ?? item.answer_published_at) != null },
    });
    const after = (await findFeedback(tx.db, id))!;
    const actor = { userId: ctx.actor.userId, name: ctx.audit.actor?.fullName ?? null };
    if (input.step === 'assign') await notifyFeedbackStep(tx, 'assigned', actor, after, note);
    if (input.step === 'answer') await notifyFeedbackStep(tx, 'answered', actor, after);
    const tellsCitizen = input.step === 'answer' || (input.step === 'publish' && input.published);
    if (tellsCitizen && (await findFeedbackContact(tx.db, id))?.email) await queueCitizenMail(tx, id, 'answered', todayInVietnam(now), now);
  });
  return loadFeedback(ctx.db, ctx.actor, id);
}
