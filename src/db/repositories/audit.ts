import { sql, type Selectable } from 'kysely';
import type { Db } from '../database';
import { newId, nowIso } from '../ids';
import type { AuditLogTable } from '../schema';

export type AuditRow = Selectable<AuditLogTable>;

export type AuditEntry = {
  /** The organisation the change concerns: who may read the entry follows from where it sits. */
  organization: { id: string; path: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  before?: unknown;
  after?: unknown;
};

export type AuditContext = {
  actor: { id: string; username: string; fullName: string } | null;
  requestId: string | null;
  ip: string | null;
};

export async function insertAudit(db: Db, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: nowIso(),
      actor_id: ctx.actor?.id ?? null,
      actor_username: ctx.actor?.username ?? null,
      actor_name: ctx.actor?.fullName ?? null,
      organization_id: entry.organization?.id ?? null,
      organization_path: entry.organization?.path ?? null,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      summary: entry.summary,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
      request_id: ctx.requestId,
      ip: ctx.ip,
    })
    .execute();
}

/** Keeps history readable by the same people after a subtree moves in the tree. */
export async function moveAuditPaths(db: Db, oldPath: string, newPath: string): Promise<void> {
  await db
    .updateTable('audit_log')
    .set({ organization_path: sql<string>`${newPath} || substr(organization_path, ${oldPath.length + 1})` })
    .where('organization_path', 'like', `${oldPath}%`)
    .execute();
}

export type AuditFilter = {
  roots: string[];
  organizationId?: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
};

/** Newest first; only entries about organisations inside the reader's roots. */
export async function listAudit(db: Db, f: AuditFilter): Promise<AuditRow[]> {
  if (f.roots.length === 0) return [];
  let query = db
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) => eb.or(f.roots.map((root) => eb('organization_path', 'like', `${root}%`))));
  if (f.organizationId) query = query.where('organization_id', '=', f.organizationId);
  if (f.actorId) query = query.where('actor_id', '=', f.actorId);
  if (f.entityType) query = query.where('entity_type', '=', f.entityType);
  if (f.entityId) query = query.where('entity_id', '=', f.entityId);
  if (f.action) query = query.where('action', 'like', `${f.action}%`);
  if (f.from) query = query.where('at', '>=', f.from);
  if (f.to) query = query.where('at', '<', f.to);
  if (f.cursor) query = query.where('id', '<', f.cursor);
  return query.orderBy('id', 'desc').limit(f.limit + 1).execute();
}
