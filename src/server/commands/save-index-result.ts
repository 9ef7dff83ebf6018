import type { z } from 'zod';
import { newId, nowIso } from '../../db/ids';
import { deleteIndexResult, findIndexResult, findIndexResultFor, insertIndexResult, updateIndexResult, type IndexResultRow } from '../../db/repositories/index-results';
import { findOrganization } from '../../db/repositories/organizations';
import { INDEX_SHORT_NAMES, type IndexKind } from '../../shared/index-vocabulary';
import type { saveIndexResultSchema } from '../../shared/schemas/indices';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/access/actor';
import { notFound } from '../errors';
import { authorize } from '../policies';
import { loadAuthorizedBody, placed, readableThingOf } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';

export const indexResultNotFound = () => notFound('INDEX_RESULT_NOT_FOUND', 'Không tìm thấy kết quả chỉ số.');

/** One result, for whoever may read its body's results (as the list does); anyone else is told it does not exist. */
export async function loadReadableIndexResult(db: Db, actor: Actor, id: string): Promise<IndexResultRow> {
  return readableThingOf(db, actor, await findIndexResult(db, id), (r) => r.organization_id, 'plan.read', indexResultNotFound);
}

/** Enters a year's result of an index, or corrects it: one row per body, index, scope and year. */
export async function saveIndexResult(ctx: CommandContext, bodyId: string, input: z.infer<typeof saveIndexResultSchema>): Promise<IndexResultRow> {
  return inTransaction(ctx, async (tx) => {
    const body = await loadAuthorizedBody(tx.db, ctx.actor, bodyId, 'index.manage');
    const key = { organization_id: body.id, kind: input.kind, scope: input.scope, year: input.year };
    const before = await findIndexResultFor(tx.db, key);
    const now = nowIso();
    const fields = {
      value: input.value,
      rank: input.rank,
      rank_of: input.rankOf,
      target_value: input.targetValue ?? null,
      target_rank: input.targetRank ?? null,
      source: input.source ?? null,
      note: input.note ?? null,
      updated_by: ctx.actor.userId,
      updated_at: now,
    };
    const row: IndexResultRow = before ? { ...before, ...fields } : { id: newId(), ...key, ...fields, created_at: now };
    if (before) await updateIndexResult(tx.db, before.id, fields);
    else await insertIndexResult(tx.db, row);
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: before ? 'index_result.update' : 'index_result.create',
      entityType: 'index_result',
      entityId: row.id,
      summary: `${INDEX_SHORT_NAMES[input.kind as IndexKind]} năm ${input.year}`,
      before: before ?? null,
      after: row,
    });
    return row;
  });
}

export async function removeIndexResult(ctx: CommandContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await findIndexResult(tx.db, id);
    const owner = before && (await findOrganization(tx.db, before.organization_id));
    if (!before || !owner) throw indexResultNotFound();
    // Another body's result is not found, as an unknown id is (not "its body is not found", which would tell it exists).
    authorize(ctx.actor, 'index.manage', placed(owner), indexResultNotFound());
    const body = owner;
    await deleteIndexResult(tx.db, id);
    await tx.audit({ organization: { id: body.id, path: body.path }, action: 'index_result.delete', entityType: 'index_result', entityId: id, summary: `${INDEX_SHORT_NAMES[before.kind as IndexKind]} năm ${before.year}`, before, after: null });
  });
}
