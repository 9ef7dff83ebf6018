import { formatMonthVi } from '../../domain/media/good-practices';
import { findSubmission, listSubmissions, setSelection, type GoodPracticeView } from '../../db/repositories/good-practices';
import { findOrganization } from '../../db/repositories/organizations';
import { nowIso } from '../../db/ids';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/access/actor';
import { conflict, forbidden, notFound } from '../errors';
import { can } from '../policies';
import { placed } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';

export const submissionNotFound = () => notFound('GOOD_PRACTICE_NOT_FOUND', 'Không tìm thấy mô hình hay đã gửi.');

/**
 * One submission, for whoever sees it in a list: readers of the body that sent it (its own month) or of
 * the department it was sent to (its bodies' month). Anyone else is told it does not exist.
 */
export async function loadReadableSubmission(db: Db, actor: Actor, id: string): Promise<GoodPracticeView> {
  const submission = await findSubmission(db, id);
  const [sender, parent] = submission ? await Promise.all([findOrganization(db, submission.organization_id), findOrganization(db, submission.parent_id)]) : [];
  const readable = [sender, parent].some((o) => o && can(actor, 'media.read', placed(o)));
  const [view] = submission && readable ? await listSubmissions(db, { month: submission.month, ids: [id] }) : [];
  if (!view) throw submissionNotFound();
  return view;
}

/**
 * The department of health chooses (or un-chooses) a body's submitted good practice; a chosen one
 * shows on the department's public page. Only a still published item can be chosen.
 */
export async function selectGoodPractice(ctx: CommandContext, id: string, selected: boolean): Promise<GoodPracticeView> {
  const submission = await findSubmission(ctx.db, id);
  const [sender, parent] = submission ? await Promise.all([findOrganization(ctx.db, submission.organization_id), findOrganization(ctx.db, submission.parent_id)]) : [];
  if (!submission || !sender || !parent) throw submissionNotFound();
  if (!can(ctx.actor, 'good_practice.select', placed(parent))) {
    // The sending body sees its submission but the choice is the department's.
    if (can(ctx.actor, 'media.read', placed(sender))) throw forbidden('Chỉ Sở Y tế nhận mô hình hay mới chọn được.');
    throw submissionNotFound();
  }
  const [view] = await listSubmissions(ctx.db, { month: submission.month, ids: [id] });
  if (selected && view!.item_state !== 'published') throw conflict('ITEM_NOT_PUBLISHED', 'Tin bài đã bị gỡ, không chọn được để đăng.');
  if (selected === (submission.selected_at !== null)) return view!;

  return inTransaction(ctx, async (tx) => {
    const selection = selected ? { at: nowIso(), by: ctx.actor.userId } : null;
    await setSelection(tx.db, id, selection);
    await tx.audit({
      organization: { id: parent.id, path: parent.path },
      action: selected ? 'good_practice.select' : 'good_practice.unselect',
      entityType: 'media_item',
      entityId: submission.item_id,
      summary: `${selected ? 'Chọn' : 'Bỏ chọn'} mô hình hay tháng ${formatMonthVi(submission.month)} của ${sender.name}: "${view!.item_title}"`,
      before: { selectedAt: submission.selected_at },
      after: { selectedAt: selection?.at ?? null },
    });
    const [after] = await listSubmissions(tx.db, { month: submission.month, ids: [id] });
    return after!;
  });
}
