import { sql, type Selectable } from 'kysely';
import { foldText } from '../../shared/fold';
import type { Db } from '../database';
import { nowIso } from '../ids';
import type { OrganizationsTable } from '../schema';

export type OrganizationRow = Selectable<OrganizationsTable>;

export async function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOrganizationsByIds(db: Db, ids: readonly string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('organizations').selectAll().where('id', 'in', [...ids]).execute();
}

export type OrganizationFilter = {
  roots: string[];
  parentId?: string;
  kind?: string;
  q?: string;
  includeRetired?: boolean;
  bodyIds?: string[];
  limit: number;
  cursor?: string;
};

/** Organisations under any of the reader's roots, ordered by path so a tree can be built in one pass. */
export async function listOrganizations(db: Db, f: OrganizationFilter): Promise<OrganizationRow[]> {
  if (f.roots.length === 0) return [];
  let query = db
    .selectFrom('organizations')
    .selectAll()
    .where((eb) => eb.or(f.roots.map((root) => eb('path', 'like', `${root}%`))));
  if (f.parentId) query = query.where('parent_id', '=', f.parentId);
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.bodyIds) query = query.where('body_id', 'in', f.bodyIds);
  if (f.q) query = query.where('name_folded', 'like', `%${foldText(f.q)}%`);
  if (!f.includeRetired) query = query.where('retired_at', 'is', null);
  if (f.cursor) query = query.where('path', '>', f.cursor);
  return query.orderBy('path').limit(f.limit + 1).execute();
}

export async function insertOrganization(db: Db, row: OrganizationRow): Promise<void> {
  await db.insertInto('organizations').values(row).execute();
}

export type OrganizationChanges = Partial<Pick<OrganizationRow, 'name' | 'code' | 'kind' | 'place_name' | 'superior_name' | 'document_code' | 'retired_at'>>;

export async function updateOrganization(db: Db, id: string, changes: OrganizationChanges): Promise<void> {
  const values: Partial<OrganizationRow> = { ...changes, updated_at: nowIso() };
  if (changes.name !== undefined) values.name_folded = foldText(changes.name);
  await db.updateTable('organizations').set(values).where('id', '=', id).execute();
}

/** Re-roots a whole subtree: every descendant's path swaps the old prefix for the new one. */
export async function moveSubtree(db: Db, node: OrganizationRow, newParentId: string, newPath: string): Promise<void> {
  const oldPath = node.path;
  const now = nowIso();
  await db
    .updateTable('organizations')
    .set({
      path: sql<string>`${newPath} || substr(path, ${oldPath.length + 1})`,
      updated_at: now,
    })
    .where('path', 'like', `${oldPath}%`)
    .execute();
  await db.updateTable('organizations').set({ parent_id: newParentId }).where('id', '=', node.id).execute();
}

/** What keeps a node from being deleted outright: it then can only be retired. */
export async function organizationUsage(db: Db, id: string): Promise<{ children: number; users: number; groups: number }> {
  const count = (n: unknown) => Number(n ?? 0);
  const [children, users, groups] = await Promise.all([
    db.selectFrom('organizations').select((eb) => eb.fn.countAll().as('n')).where('parent_id', '=', id).executeTakeFirst(),
    db.selectFrom('user_roles').select((eb) => eb.fn.countAll().as('n')).where('organization_id', '=', id).executeTakeFirst(),
    db.selectFrom('org_group_members').select((eb) => eb.fn.countAll().as('n')).where('organization_id', '=', id).executeTakeFirst(),
  ]);
  return { children: count(children?.n), users: count(users?.n), groups: count(groups?.n) };
}

export async function deleteOrganization(db: Db, id: string): Promise<void> {
  await db.deleteFrom('org_groups').where('owner_id', '=', id).execute();
  await db.deleteFrom('organizations').where('id', '=', id).execute();
}

export async function codeTaken(db: Db, codeScope: string, code: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('organizations').select('id').where('code_scope', '=', codeScope).where('code', '=', code);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return !!(await query.executeTakeFirst());
}
