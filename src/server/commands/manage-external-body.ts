import type { z } from 'zod';
import { newId, nowIso } from '../../db/ids';
import { findExternalBody, insertExternalBody, updateExternalBody, type ExternalBodyRow } from '../../db/repositories/external-bodies';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/access/actor';
import { findOrganization } from '../../db/repositories/organizations';
import { foldText } from '../../shared/fold';
import type { createExternalBodySchema, updateExternalBodySchema } from '../../shared/schemas/organizations';
import { notFound } from '../errors';
import { loadAuthorizedBody, loadAuthorizedOrganization, readableThingOf } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';

const externalBodyNotFound = () => notFound('EXTERNAL_BODY_NOT_FOUND', 'Không tìm thấy cơ quan bên ngoài.');

/** One entry, for whoever may read its body's registry (as the list does); anyone else is told it does not exist. */
export async function loadReadableExternalBody(db: Db, actor: Actor, id: string): Promise<ExternalBodyRow> {
  return readableThingOf(db, actor, await findExternalBody(db, id), (r) => r.owner_id, 'organization.read', externalBodyNotFound);
}

/** External bodies belong to one body's registry: it is that body that names them in its plans. */
export async function createExternalBody(ctx: CommandContext, input: z.infer<typeof createExternalBodySchema>): Promise<ExternalBodyRow> {
  return inTransaction(ctx, async (tx) => {
    const owner = await loadAuthorizedBody(tx.db, ctx.actor, input.ownerId, 'external_body.manage');
    const now = nowIso();
    const row: ExternalBodyRow = {
      id: newId(),
      owner_id: owner.id,
      name: input.name,
      name_folded: foldText(input.name),
      code: input.code ?? null,
      note: input.note ?? null,
      retired_at: null,
      created_at: now,
      updated_at: now,
    };
    await insertExternalBody(tx.db, row);
    await tx.audit({ organization: { id: owner.id, path: owner.path }, action: 'external_body.create', entityType: 'external_body', entityId: row.id, summary: `Thêm cơ quan bên ngoài ${row.name}`, after: row });
    return row;
  });
}

export async function updateExternalBodyDetails(ctx: CommandContext, id: string, input: z.infer<typeof updateExternalBodySchema>): Promise<ExternalBodyRow> {
  return inTransaction(ctx, async (tx) => {
    const before = await findExternalBody(tx.db, id);
    const owner = before && (await findOrganization(tx.db, before.owner_id));
    if (!before || !owner) throw externalBodyNotFound();
    await loadAuthorizedOrganization(tx.db, ctx.actor, owner.id, 'external_body.manage').catch((e) => {
      throw e.statusCode === 404 ? externalBodyNotFound() : e;
    });
    const retiredAt = input.retired === undefined ? undefined : input.retired ? (before.retired_at ?? nowIso()) : null;
    await updateExternalBody(tx.db, id, { name: input.name, code: input.code, note: input.note, retired_at: retiredAt });
    const after = (await findExternalBody(tx.db, id))!;
    await tx.audit({ organization: { id: owner.id, path: owner.path }, action: 'external_body.update', entityType: 'external_body', entityId: id, summary: `Sửa cơ quan bên ngoài ${after.name}`, before, after });
    return after;
  });
}
