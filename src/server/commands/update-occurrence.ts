import type { z } from 'zod';
import { todayInVietnam, type OccurrenceStatus } from '../../domain/calendar';
import { nearestProgress, settleWork } from '../../domain/occurrences/progress-rule';
import { progressProblemMessage, UPDATE_PROBLEM_MESSAGES } from '../../domain/occurrences/update-messages';
import { reviewOutcome, unitUpdateProblem, type ReviewDecision } from '../../domain/occurrences/updates';
import { nowIso } from '../../db/ids';
import { findOccurrenceInContext, insertOccurrenceEvent, type OccurrenceInContext } from '../../db/repositories/occurrences';
import { updateOccurrence } from '../../db/repositories/tasks';
import type { updateOccurrenceSchema } from '../../shared/schemas/occurrences';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { can } from '../policies';
import { notifyOccurrenceStep } from './notify-steps';
import { canReviewOccurrence, canUpdateOccurrence, coordinatingOrganizations } from './occurrence-access';
import { inTransaction, type CommandContext, type Tx } from './transaction';

export const occurrenceNotFound = () => notFound('OCCURRENCE_NOT_FOUND', 'Không tìm thấy kỳ thực hiện.');

export const placeOf = (o: OccurrenceInContext) => ({ id: o.organization_id, path: o.org_path, bodyId: o.org_body_id });

/** A department records its work on an occurrence: status, progress and a result note, kept as history. */
export async function updateOccurrenceWork(ctx: CommandContext, id: string, input: z.infer<typeof updateOccurrenceSchema>): Promise<void> {
  await inTransaction(ctx, (tx) => updateOccurrenceWorkIn(tx, ctx, id, input));
}

/**
 * The same update inside a transaction the caller holds, so that many occurrences are saved all or
 * none. `unchangedSince` refuses the update when the occurrence was saved again after the caller read it.
 */
export async function updateOccurrenceWorkIn(tx: Tx, ctx: CommandContext, id: string, input: z.infer<typeof updateOccurrenceSchema>, unchangedSince?: string): Promise<void> {
  const occurrence = await findOccurrenceInContext(tx.db, id);
  if (!occurrence || !can(ctx.actor, 'plan.read', placeOf(occurrence))) throw occurrenceNotFound();
  if (!canUpdateOccurrence(ctx.actor, occurrence, await coordinatingOrganizations(tx.db, occurrence))) {
    throw forbidden('Chỉ khoa, phòng chủ trì hoặc phối hợp nhiệm vụ này mới cập nhật được kết quả.');
  }
  if (unchangedSince !== undefined && occurrence.updated_at !== unchangedSince) {
    throw conflict('OCCURRENCE_CHANGED', 'Kỳ này vừa được người khác cập nhật sau khi bạn xem trước; hãy tải lại tệp và kiểm tra lại.');
  }
  // Nothing asked for, nothing recorded: the period keeps its updatedAt and its history.
  if (Object.keys(input).length === 0) return;
  const problem = unitUpdateProblem({ status: occurrence.status as OccurrenceStatus, detached: !!occurrence.detached_at }, input.status);
  if (problem) throw (problem === 'STATUS_RESERVED_FOR_REVIEW' ? badRequest : conflict)(problem, UPDATE_PROBLEM_MESSAGES[problem], problem === 'STATUS_RESERVED_FOR_REVIEW' ? [{ field: 'status', message: 'Không được chọn' }] : undefined);
  const { status, progress, problem: contradiction } = settleWork({ status: occurrence.status as OccurrenceStatus, progress: occurrence.progress }, input);
  if (contradiction) {
    const message = progressProblemMessage({ status, progress });
    throw badRequest(contradiction, message, [{ field: 'status', message }, { field: 'progress', message }]);
  }
  const note = input.note === undefined ? occurrence.note : input.note;
  const submittedOn = status === 'submitted' && occurrence.status !== 'submitted' ? todayInVietnam(new Date()) : status === 'submitted' ? occurrence.submitted_on : null;
  await record(tx, ctx, occurrence, { status, progress, note, submittedOn, completedOn: null, kind: 'update', comment: null });
  if (status === 'submitted' && occurrence.status !== 'submitted') await notifyOccurrenceStep(tx, ctx, 'submitted', occurrence);
}

/** The coordinator accepts submitted work (done) or returns it (in progress) with a comment. */
export async function reviewOccurrence(ctx: CommandContext, id: string, decision: ReviewDecision, comment: string | undefined): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const occurrence = await findOccurrenceInContext(tx.db, id);
    if (!occurrence || !can(ctx.actor, 'plan.read', placeOf(occurrence))) throw occurrenceNotFound();
    if (!canReviewOccurrence(ctx.actor, occurrence)) {
      throw forbidden('Chỉ đầu mối CCHC hoặc lãnh đạo đơn vị ban hành kế hoạch mới duyệt được kết quả.');
    }
    const status = reviewOutcome(occurrence.status as OccurrenceStatus, decision);
    if (!status) throw conflict('OCCURRENCE_NOT_SUBMITTED', 'Chỉ duyệt được kết quả đã nộp.');
    const accepted = status === 'done';
    await record(tx, ctx, occurrence, {
      status,
      progress: nearestProgress(status, occurrence.progress),
      note: occurrence.note,
      submittedOn: accepted ? occurrence.submitted_on : null,
      completedOn: accepted ? todayInVietnam(new Date()) : null,
      kind: decision,
      comment: comment ?? null,
    });
    await notifyOccurrenceStep(tx, ctx, accepted ? 'accepted' : 'returned', occurrence, comment);
  });
}

type Change = { status: OccurrenceStatus; progress: number; note: string | null; submittedOn: string | null; completedOn: string | null; kind: string; comment: string | null };

async function record(tx: Tx, ctx: CommandContext, occurrence: OccurrenceInContext, c: Change): Promise<void> {
  const now = nowIso();
  await updateOccurrence(tx.db, occurrence.id, { status: c.status, progress: c.progress, note: c.note, submitted_on: c.submittedOn, completed_on: c.completedOn, updated_by: ctx.actor.userId, updated_at: now });
  await insertOccurrenceEvent(tx.db, { occurrence_id: occurrence.id, at: now, actor_id: ctx.audit.actor?.id ?? null, actor_name: ctx.audit.actor?.fullName ?? null, kind: c.kind, status: c.status, progress: c.progress, note: c.note, comment: c.comment });
  await tx.audit({
    organization: { id: occurrence.organization_id, path: occurrence.org_path },
    action: `occurrence.${c.kind}`,
    entityType: 'occurrence',
    entityId: occurrence.id,
    summary: `${c.kind === 'accept' ? 'Duyệt hoàn thành' : c.kind === 'return' ? 'Trả lại' : 'Cập nhật'} "${occurrence.task_title.slice(0, 80)}" của ${occurrence.org_name}`,
    before: { status: occurrence.status, progress: occurrence.progress, note: occurrence.note },
    after: { status: c.status, progress: c.progress, note: c.note, comment: c.comment },
  });
}
