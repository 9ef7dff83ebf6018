import type { Actor } from '../../domain/access/actor';
import { formatMonthVi, isMonth, newSubmissions, notSendableReason, NOT_SENDABLE_MESSAGES_VI } from '../../domain/media/good-practices';
import { pathIds } from '../../domain/organizations/tree';
import type { Db } from '../../db/database';
import { findItemsForSending, insertSubmission, listSentItemIds } from '../../db/repositories/good-practices';
import { findOrganization, findOrganizationsByIds, type OrganizationRow } from '../../db/repositories/organizations';
import { newId, nowIso } from '../../db/ids';
import { badRequest, conflict, forbidden } from '../errors';
import { can } from '../policies';
import { ACTIONS } from '../policies/rules';
import { placed } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';

export const badMonth = () => badRequest('INVALID_MONTH', 'Tháng không hợp lệ: cần dạng yyyy-mm, ví dụ 2026-11.', [{ field: 'month', message: 'Không hợp lệ' }]);

/** The body whose good practices the actor sends: the one where they are its editor, coordinator or director. */
export async function sendingBody(db: Db, actor: Actor): Promise<OrganizationRow> {
  const grant = actor.grants.find((g) => (ACTIONS['good_practice.submit'] as readonly string[]).includes(g.role));
  const body = grant && (await findOrganization(db, grant.bodyId));
  if (!body || !can(actor, 'good_practice.submit', placed(body))) throw forbidden('Chỉ biên tập viên, đầu mối CCHC hoặc lãnh đạo đơn vị gửi được mô hình hay.');
  return body;
}

/** The nearest body above: the department of health a hospital or health centre reports to. */
export async function parentBody(db: Db, body: OrganizationRow): Promise<OrganizationRow | undefined> {
  const ancestors = await findOrganizationsByIds(db, pathIds(body.path).slice(0, -1));
  return ancestors.filter((o) => o.body_id === o.id).sort((a, b) => b.path.length - a.path.length)[0];
}

/**
 * Sends the month's good practices to the department of health. Sending the same month again adds only
 * the items not yet sent; one item that may not be sent refuses the whole request, changing nothing.
 */
export async function submitGoodPractices(ctx: CommandContext, input: { month: string; itemIds: string[] }): Promise<{ body: OrganizationRow; added: string[] }> {
  if (!isMonth(input.month)) throw badMonth();
  const body = await sendingBody(ctx.db, ctx.actor);
  const parent = await parentBody(ctx.db, body);
  if (!parent) throw conflict('NO_PARENT_BODY', 'Đơn vị không có Sở Y tế cấp trên để gửi mô hình hay.');
  const items = new Map((await findItemsForSending(ctx.db, input.itemIds)).map((i) => [i.id, i]));
  const problems = [...new Set(input.itemIds)].flatMap((id) => {
    const item = items.get(id);
    const reason = notSendableReason(item && { id, organizationId: item.organization_id, state: item.state, goodPractice: item.good_practice === 1 }, body.id);
    return reason ? [{ field: 'itemIds', itemId: id, code: reason, message: NOT_SENDABLE_MESSAGES_VI[reason] }] : [];
  });
  if (problems.length > 0) throw badRequest('ITEM_NOT_SENDABLE', problems.length === 1 ? problems[0]!.message : `${problems.length} tin bài không gửi được.`, problems);

  return inTransaction(ctx, async (tx) => {
    const added = newSubmissions(input.itemIds, await listSentItemIds(tx.db, input.month, input.itemIds));
    const at = nowIso();
    for (const itemId of added) {
      await insertSubmission(tx.db, { id: newId(), item_id: itemId, organization_id: body.id, parent_id: parent.id, month: input.month, submitted_at: at, submitted_by: ctx.actor.userId, selected_at: null, selected_by: null });
      await tx.audit({
        organization: { id: body.id, path: body.path },
        action: 'good_practice.submit',
        entityType: 'media_item',
        entityId: itemId,
        summary: `Gửi mô hình hay tháng ${formatMonthVi(input.month)} về ${parent.name}: "${items.get(itemId)!.title}"`,
        after: { month: input.month, parentId: parent.id },
      });
    }
    return { body, added };
  });
}
