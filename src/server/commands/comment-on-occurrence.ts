import { nowIso } from '../../db/ids';
import { findOccurrenceInContext, insertOccurrenceEvent } from '../../db/repositories/occurrences';
import { forbidden } from '../errors';
import { can } from '../policies';
import { notifyOccurrenceStep } from './notify-steps';
import { canReviewOccurrence, canUpdateOccurrence, coordinatingOrganizations } from './occurrence-access';
import { inTransaction, type CommandContext } from './transaction';
import { occurrenceNotFound, placeOf } from './update-occurrence';

/**
 * A comment on a period of work, between the unit doing it and the coordinator reviewing it: kept in
 * the period's history with who and when, and told to the other side (SPEC §2.13: the history of every
 * task — each update, file and comment). It changes neither the status nor the progress.
 */
export async function commentOnOccurrence(ctx: CommandContext, id: string, text: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const o = await findOccurrenceInContext(tx.db, id);
    if (!o || !can(ctx.actor, 'plan.read', placeOf(o))) throw occurrenceNotFound();
    const doesTheWork = canUpdateOccurrence(ctx.actor, o, await coordinatingOrganizations(tx.db, o));
    const reviews = canReviewOccurrence(ctx.actor, o);
    if (!doesTheWork && !reviews) throw forbidden('Chỉ khoa, phòng thực hiện nhiệm vụ và đầu mối CCHC, lãnh đạo duyệt nhiệm vụ mới gửi ý kiến được.');
    const at = nowIso();
    await insertOccurrenceEvent(tx.db, { occurrence_id: o.id, at, actor_id: ctx.audit.actor?.id ?? null, actor_name: ctx.audit.actor?.fullName ?? null, kind: 'comment', status: o.status, progress: o.progress, note: null, comment: text });
    await tx.audit({
      organization: { id: o.organization_id, path: o.org_path },
      action: 'occurrence.comment',
      entityType: 'occurrence',
      entityId: o.id,
      summary: `Ý kiến về "${o.task_title.slice(0, 80)}" của ${o.org_name}`,
      after: { comment: text },
    });
    await notifyOccurrenceStep(tx, ctx, 'commented', o, text);
  });
}
