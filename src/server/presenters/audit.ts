import type { AuditRow } from '../../db/repositories/audit';
import type { AuditEntryDto } from '../../shared/schemas/audit';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export function presentAuditEntry(row: AuditRow): AuditEntryDto {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor_id ? { id: row.actor_id, username: row.actor_username ?? '', fullName: row.actor_name ?? '' } : null,
    organizationId: row.organization_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: row.summary,
    before: parse(row.before_json),
    after: parse(row.after_json),
    requestId: row.request_id,
  };
}
