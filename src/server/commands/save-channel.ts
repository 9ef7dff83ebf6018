import type { z } from 'zod';
import { isWebAddress } from '../../domain/media/publication';
import { findChannel, insertChannel, updateChannel, type MediaChannelRow } from '../../db/repositories/media-channels';
import type { OrganizationRow } from '../../db/repositories/organizations';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/access/actor';
import { newId, nowIso } from '../../db/ids';
import type { saveChannelSchema } from '../../shared/schemas/media';
import { badRequest, forbidden, notFound } from '../errors';
import { can } from '../policies';
import { loadAuthorizedBody, placed, readableThingOf } from './load-organization';
import { inTransaction, type CommandContext, type Tx } from './transaction';

export type SaveChannelInput = z.infer<typeof saveChannelSchema>;

export const channelNotFound = () => notFound('CHANNEL_NOT_FOUND', 'Không tìm thấy kênh truyền thông.');

/** One channel, for whoever may read its body's channels (as the list does); anyone else is told it does not exist. */
export async function loadReadableChannel(db: Db, actor: Actor, id: string): Promise<MediaChannelRow> {
  return readableThingOf(db, actor, await findChannel(db, id), (c) => c.organization_id, 'media.read', channelNotFound);
}

function checkUrl(url: string | null | undefined): void {
  if (url && !isWebAddress(url)) throw badRequest('URL_NOT_WEB', 'Địa chỉ kênh phải bắt đầu bằng http:// hoặc https://.', [{ field: 'url', message: 'Không hợp lệ' }]);
}

async function managedBody(tx: Tx, ctx: CommandContext, bodyId: string): Promise<OrganizationRow> {
  const body = await loadAuthorizedBody(tx.db, ctx.actor, bodyId, 'organization.read');
  if (!can(ctx.actor, 'channel.manage', placed(body))) throw forbidden('Bạn không có quyền cấu hình kênh truyền thông của đơn vị này.');
  return body;
}

/** Adds a channel (website, fanpage, Zalo group…) to the body where the caller manages channels. */
export async function createChannel(ctx: CommandContext, bodyId: string, input: SaveChannelInput): Promise<MediaChannelRow> {
  checkUrl(input.url);
  return inTransaction(ctx, async (tx) => {
    const body = await managedBody(tx, ctx, bodyId);
    const now = nowIso();
    const row: MediaChannelRow = { id: newId(), organization_id: body.id, kind: input.kind, name: input.name, url: input.url ?? null, retired_at: input.retired ? now : null, created_at: now, updated_at: now };
    await insertChannel(tx.db, row);
    await tx.audit({ organization: { id: body.id, path: body.path }, action: 'channel.create', entityType: 'media_channel', entityId: row.id, summary: `Thêm kênh truyền thông "${row.name}"`, after: { kind: row.kind, name: row.name, url: row.url } });
    return row;
  });
}

/** Renames, re-links or retires a channel of the caller's body; retired channels keep their past publications. */
export async function changeChannel(ctx: CommandContext, id: string, input: Partial<SaveChannelInput>): Promise<MediaChannelRow> {
  checkUrl(input.url);
  return inTransaction(ctx, async (tx) => {
    const channel = await findChannel(tx.db, id);
    if (!channel) throw channelNotFound();
    const body = await loadAuthorizedBody(tx.db, ctx.actor, channel.organization_id, 'organization.read').catch(() => {
      throw channelNotFound();
    });
    if (!can(ctx.actor, 'channel.manage', placed(body))) throw forbidden('Bạn không có quyền cấu hình kênh truyền thông của đơn vị này.');
    const now = nowIso();
    const changes = {
      kind: input.kind ?? channel.kind,
      name: input.name ?? channel.name,
      url: input.url === undefined ? channel.url : input.url,
      retired_at: input.retired === undefined ? channel.retired_at : input.retired ? (channel.retired_at ?? now) : null,
      updated_at: now,
    };
    await updateChannel(tx.db, id, changes);
    await tx.audit({ organization: { id: body.id, path: body.path }, action: 'channel.update', entityType: 'media_channel', entityId: id, summary: `Sửa kênh truyền thông "${changes.name}"`, before: { kind: channel.kind, name: channel.name, url: channel.url, retired: !!channel.retired_at }, after: { kind: changes.kind, name: changes.name, url: changes.url, retired: !!changes.retired_at } });
    return { ...channel, ...changes };
  });
}
