import type { Actor } from '../../domain/access/actor';
import type { ApiKeyView } from '../../db/repositories/api-keys';
import type { ApiKeyScope } from '../../shared/schemas/api-keys';
import { shownPrefix } from '../auth/api-key-tokens';
import { can } from '../policies';

export function presentApiKey(actor: Actor, k: ApiKeyView) {
  return {
    id: k.id,
    organizationId: k.organization_id,
    organizationName: k.organization_name,
    name: k.name,
    scope: k.scope as ApiKeyScope,
    prefix: shownPrefix(k.prefix),
    requestsPerMinute: k.requests_per_minute,
    createdAt: k.created_at,
    createdByName: k.created_by_name,
    lastUsedAt: k.last_used_at,
    revokedAt: k.revoked_at,
    revokedByName: k.revoked_by_name,
    can: { revoke: !k.revoked_at && can(actor, 'api_key.manage', { id: k.organization_id, path: k.organization_path, bodyId: k.body_id }) },
  };
}
