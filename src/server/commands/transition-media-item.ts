import type { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar';
import { channelNeedsLink, publicationProblem } from '../../domain/media/publication';
import { checkTransition, type TransitionRefusal } from '../../domain/media/workflow';
import { findActiveChannel } from '../../db/repositories/media-channels';
import { insertMediaEvent, insertPublication, listPublications, updateMediaItem } from '../../db/repositories/media-items';
import { newId, nowIso } from '../../db/ids';
import { CHANNEL_KIND_LABELS_VI, MEDIA_STATE_LABELS_VI, type MediaState } from '../../shared/media-vocabulary';
import type { mediaTransitionSchema } from '../../shared/schemas/media';
import { AppError, badRequest, conflict, forbidden } from '../errors';
import { can } from '../policies';
import { ACTION_FOR_MOVE, loadReadableItem, mediaCapacities, placeOfItem } from './media-access';
import { notifyMediaStep } from './notify-steps';
import { inTransaction, type CommandContext } from './transaction';

export type MediaTransitionInput = z.infer<typeof mediaTransitionSchema>;

const SUMMARY: Record<MediaTransitionInput['to'], string> = {
  submitted: 'Gửi biên tập tin bài',
  approved: 'Duyệt tin bài',
  returned: 'Trả lại tin bài',
  published: 'Đăng tin bài',
  unpublished: 'Gỡ tin bài',
};

function refusal(reason: TransitionRefusal, from: MediaState, to: MediaTransitionInput['to']): AppError {
  switch (reason) {
    case 'FORBIDDEN':
      return forbidden('Bạn không có quyền chuyển tin bài sang trạng thái này.');
    case 'NOT_ALLOWED_IN_STATE':
      return conflict('MEDIA_TRANSITION_NOT_ALLOWED', `Không thể chuyển tin bài từ "${MEDIA_STATE_LABELS_VI[from]}" sang "${MEDIA_STATE_LABELS_VI[to]}".`, { from, to });
    case 'COMMENT_REQUIRED':
      return badRequest('COMMENT_REQUIRED', 'Hãy ghi lý do trả lại để người đề xuất biết cần sửa gì.', [{ field: 'comment', message: 'Bắt buộc' }]);
    case 'PUBLICATION_REQUIRED':
      return badRequest('PUBLICATION_REQUIRED', 'Khi đăng tin cần chọn kênh (channel), ngày đăng (publishedAt) và đường liên kết (url) với trang thông tin điện tử, fanpage.', [
        { field: 'channel', message: 'Bắt buộc' },
        { field: 'publishedAt', message: 'Bắt buộc' },
      ]);
  }
}

/**
 * Moves an item along its editorial workflow. Publishing records where and when it went out (one record
 * per channel; publishing a published item again adds the next channel); the first sets its public date.
 */
export async function transitionMediaItem(ctx: CommandContext, id: string, input: MediaTransitionInput): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const item = await loadReadableItem(tx.db, ctx.actor, id);
    const from = item.state as MediaState;
    const capacities = can(ctx.actor, ACTION_FOR_MOVE[input.to], placeOfItem(item)) ? mediaCapacities(ctx.actor, item) : [];
    const publishing = input.to === 'published';
    const reason = checkTransition({
      state: from,
      to: input.to,
      capacities,
      comment: input.comment,
      publication: publishing ? { channel: input.channel, publishedAt: input.publishedAt, linkMissing: !!input.channel && channelNeedsLink(input.channel) && !input.url } : undefined,
    });
    if (reason) throw refusal(reason, from, input.to);
    const now = nowIso();
    const changes: { state: string; updated_at: string; first_published_on?: string } = { state: input.to, updated_at: now };
    if (publishing) {
      const channel = input.channel!;
      const publishedOn = input.publishedAt!;
      const problem = publicationProblem({ url: input.url, publishedAt: publishedOn }, todayInVietnam(new Date()));
      if (problem === 'URL_NOT_WEB') throw badRequest(problem, 'Đường liên kết phải bắt đầu bằng http:// hoặc https://.', [{ field: 'url', message: 'Không hợp lệ' }]);
      if (problem) throw badRequest(problem, 'Ngày đăng không được sau hôm nay.', [{ field: 'publishedAt', message: 'Không hợp lệ' }]);
      const earlier = await listPublications(tx.db, [item.id]);
      if (from === 'published' && earlier.some((p) => p.channel === channel)) {
        throw conflict('ALREADY_PUBLISHED_ON_CHANNEL', `Tin bài đã được ghi nhận đăng trên ${CHANNEL_KIND_LABELS_VI[channel]}; hãy chọn kênh khác.`, { channel });
      }
      const configured = await findActiveChannel(tx.db, item.organization_id, channel);
      await insertPublication(tx.db, { id: newId(), item_id: item.id, channel, channel_id: configured?.id ?? null, url: input.url ?? null, published_on: publishedOn, created_by: ctx.actor.userId, created_at: now });
      if (!item.first_published_on || publishedOn < item.first_published_on) changes.first_published_on = publishedOn;
    }
    await updateMediaItem(tx.db, item.id, changes);
    await insertMediaEvent(tx.db, {
      item_id: item.id,
      at: now,
      actor_id: ctx.actor.userId,
      actor_name: ctx.audit.actor?.fullName ?? null,
      kind: publishing ? 'publish' : 'transition',
      from_state: from,
      to_state: input.to,
      comment: input.comment || null,
    });
    const where = publishing ? ` trên ${CHANNEL_KIND_LABELS_VI[input.channel!]}` : '';
    await tx.audit({
      organization: { id: item.organization_id, path: item.org_path },
      action: publishing ? 'media.publish' : `media.${input.to}`,
      entityType: 'media_item',
      entityId: item.id,
      summary: `${SUMMARY[input.to]} "${item.title}"${where}${input.comment ? `: ${input.comment}` : ''}`,
      before: { state: from },
      after: { state: input.to, ...(publishing ? { channel: input.channel, url: input.url ?? null, publishedAt: input.publishedAt } : {}) },
    });
    await notifyMediaStep(tx, ctx, input.to, item, { comment: input.comment, channel: input.channel });
  });
}
