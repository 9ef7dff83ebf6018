import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { ApiKeysTable } from '../schema';

export type ApiKeyRow = Selectable<ApiKeysTable>;

/** A key with the names its screen shows and the place of its body in the tree (who may see it). */
export type ApiKeyView = ApiKeyRow & { organization_name: string; organization_path: string; organization_code: string; organization_kind: string; organization_retired_at: string | null; body_id: string; created_by_name: string | null; revoked_by_name: string | null };

function viewQuery(db: Db) {
  return db
    .selectFrom('api_keys as k')
    .innerJoin('organizations as o', 'o.id', 'k.organization_id')
    .leftJoin('users as c', 'c.id', 'k.created_by')
    .leftJoin('users as r', 'r.id', 'k.revoked_by')
    .selectAll('k')
    .select(['o.name as organization_name', 'o.path as organization_path', 'o.code as organization_code', 'o.kind as organization_kind', 'o.retired_at as organization_retired_at', 'o.body_id as body_id', 'c.full_name as created_by_name', 'r.full_name as revoked_by_name']);
}

export async function insertApiKey(db: Db, row: ApiKeyRow): Promise<void> {
  await db.insertInto('api_keys').values(row).execute();
}

export async function findApiKey(db: Db, id: string): Promise<ApiKeyView | undefined> {
  return viewQuery(db).where('k.id', '=', id).executeTakeFirst();
}

export async function findApiKeyByPrefix(db: Db, prefix: string): Promise<ApiKeyView | undefined> {
  return viewQuery(db).where('k.prefix', '=', prefix).executeTakeFirst();
}

export type ApiKeyFilter = { roots: string[]; organizationId?: string; includeRevoked?: boolean; limit: number; cursor?: string };

/** Keys of the bodies under the reader's roots, newest first (ids are time-ordered). */
export async function listApiKeys(db: Db, f: ApiKeyFilter): Promise<ApiKeyView[]> {
  if (f.roots.length === 0) return [];
  let query = viewQuery(db).where((eb) => eb.or(f.roots.map((root) => eb('o.path', 'like', `${root}%`))));
  if (f.organizationId) query = query.where('k.organization_id', '=', f.organizationId);
  if (!f.includeRevoked) query = query.where('k.revoked_at', 'is', null);
  if (f.cursor) query = query.where('k.id', '<', f.cursor);
  return query.orderBy('k.id', 'desc').limit(f.limit + 1).execute();
}

export async function revokeApiKeyRow(db: Db, id: string, by: string, at: string): Promise<void> {
  await db.updateTable('api_keys').set({ revoked_at: at, revoked_by: by }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function markApiKeysUsed(db: Db, lastUse: ReadonlyMap<string, string>): Promise<void> {
  for (const [id, at] of lastUse) await db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
}
