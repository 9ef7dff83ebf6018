import type { z } from 'zod';
import { newId, nowIso } from '../../db/ids';
import { findApiKey, insertApiKey, revokeApiKeyRow, type ApiKeyRow, type ApiKeyView } from '../../db/repositories/api-keys';
import { insertUser } from '../../db/repositories/users';
import { foldText } from '../../shared/fold';
import { API_KEY_SCOPE_LABELS_VI, type createApiKeySchema } from '../../shared/schemas/api-keys';
import { newApiKeyToken, shownPrefix } from '../auth/api-key-tokens';
import { badRequest, notFound } from '../errors';
import { authorize } from '../policies';
import { loadAuthorizedOrganization } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';

export const apiKeyNotFound = () => notFound('API_KEY_NOT_FOUND', 'Không tìm thấy khóa API.');

/** What is audited of a key: never its secret nor its hash. */
const audited = (k: Pick<ApiKeyRow, 'id' | 'name' | 'scope' | 'prefix' | 'requests_per_minute' | 'organization_id' | 'revoked_at'>) => ({
  id: k.id,
  name: k.name,
  scope: k.scope,
  prefix: shownPrefix(k.prefix),
  requestsPerMinute: k.requests_per_minute,
  organizationId: k.organization_id,
  revokedAt: k.revoked_at,
});

/**
 * Makes a key for a body and answers its secret, which is never shown again. The key acts through an account
 * of its own: a user row that cannot sign in (no password hash to match, no role row) so that what the key
 * writes is signed like any change, and lists of people never show it.
 */
export async function createApiKey(ctx: CommandContext, input: z.infer<typeof createApiKeySchema>): Promise<{ key: ApiKeyView; token: string }> {
  const made = newApiKeyToken();
  const id = await inTransaction(ctx, async (tx) => {
    const body = await loadAuthorizedOrganization(tx.db, ctx.actor, input.organizationId, 'api_key.manage');
    if (body.body_id !== body.id) throw badRequest('API_KEY_NEEDS_BODY', 'Khóa API cấp cho một đơn vị (Sở Y tế, bệnh viện, trung tâm), không cấp cho khoa, phòng.');
    const now = nowIso();
    const fullName = `Khóa API: ${input.name}`;
    const userId = newId();
    await insertUser(tx.db, {
      id: userId,
      // A colon is refused in people's user names, so no one can take or guess a key's.
      username: `khoa-api:${made.prefix}`,
      full_name: fullName,
      full_name_folded: foldText(fullName),
      email: null,
      title: null,
      password_hash: '!',
      disabled_at: null,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
    });
    const row: ApiKeyRow = {
      id: newId(),
      organization_id: body.id,
      user_id: userId,
      name: input.name,
      scope: input.scope,
      prefix: made.prefix,
      secret_hash: made.secretHash,
      requests_per_minute: input.requestsPerMinute,
      created_by: ctx.actor.userId,
      created_at: now,
      last_used_at: null,
      revoked_at: null,
      revoked_by: null,
    };
    await insertApiKey(tx.db, row);
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: 'api_key.create',
      entityType: 'api_key',
      entityId: row.id,
      summary: `Tạo khóa API «${row.name}» (${API_KEY_SCOPE_LABELS_VI[input.scope].toLowerCase()}, ${shownPrefix(row.prefix)}) cho ${body.name}`,
      after: audited(row),
    });
    return row.id;
  });
  return { key: (await findApiKey(ctx.db, id))!, token: made.token };
}

/** Revokes a key at once: its next request is refused. Revoking again changes nothing. */
export async function revokeApiKey(ctx: CommandContext, id: string): Promise<ApiKeyView> {
  await inTransaction(ctx, async (tx) => {
    const key = await loadAuthorizedKey(ctx, id, tx.db);
    if (key.revoked_at) return;
    const now = nowIso();
    await revokeApiKeyRow(tx.db, id, ctx.actor.userId, now);
    await tx.audit({
      organization: { id: key.organization_id, path: key.organization_path },
      action: 'api_key.revoke',
      entityType: 'api_key',
      entityId: id,
      summary: `Thu hồi khóa API «${key.name}» (${shownPrefix(key.prefix)}) của ${key.organization_name}`,
      before: audited(key),
      after: audited({ ...key, revoked_at: now }),
    });
  });
  return (await findApiKey(ctx.db, id))!;
}

/** A key the actor may manage; any other (unknown, another province's) is "not found". */
export async function loadAuthorizedKey(ctx: CommandContext, id: string, db = ctx.db): Promise<ApiKeyView> {
  const key = await findApiKey(db, id);
  if (!key) throw apiKeyNotFound();
  authorize(ctx.actor, 'api_key.manage', { id: key.organization_id, path: key.organization_path, bodyId: key.body_id }, apiKeyNotFound());
  return key;
}
