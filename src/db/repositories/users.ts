import type { Selectable } from 'kysely';
import type { Grant } from '../../domain/access/actor';
import type { Role } from '../../shared/roles';
import { foldText } from '../../shared/fold';
import type { Db } from '../database';
import { nowIso } from '../ids';
import type { UsersTable } from '../schema';

export type UserRow = Selectable<UsersTable>;

export type GrantRow = Grant & {
  organizationCode: string;
  organizationName: string;
  organizationKind: string;
  bodyCode: string;
  bodyName: string;
  bodyKind: string;
};

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Each role of each user with where its organisation and that organisation's body sit in the tree. */
export async function grantsOf(db: Db, userIds: readonly string[]): Promise<Map<string, GrantRow[]>> {
  const result = new Map<string, GrantRow[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .innerJoin('organizations as b', 'b.id', 'o.body_id')
    .select([
      'r.user_id',
      'r.role',
      'o.id as organization_id',
      'o.path as organization_path',
      'o.code as organization_code',
      'o.name as organization_name',
      'o.kind as organization_kind',
      'b.id as body_id',
      'b.path as body_path',
      'b.code as body_code',
      'b.name as body_name',
      'b.kind as body_kind',
    ])
    .where('r.user_id', 'in', [...userIds])
    .where('o.retired_at', 'is', null)
    .orderBy('o.path')
    .execute();
  for (const r of rows) {
    const list = result.get(r.user_id) ?? [];
    list.push({
      role: r.role as Role,
      organizationId: r.organization_id,
      organizationPath: r.organization_path,
      organizationCode: r.organization_code,
      organizationName: r.organization_name,
      organizationKind: r.organization_kind,
      bodyId: r.body_id,
      bodyPath: r.body_path,
      bodyCode: r.body_code,
      bodyName: r.body_name,
      bodyKind: r.body_kind,
    });
    result.set(r.user_id, list);
  }
  return result;
}

export type UserFilter = {
  roots: string[];
  organizationId?: string;
  role?: string;
  q?: string;
  includeDisabled?: boolean;
  limit: number;
  cursor?: string;
};

/** Users holding at least one role inside the reader's roots. */
export async function listUsers(db: Db, f: UserFilter): Promise<UserRow[]> {
  if (f.roots.length === 0) return [];
  let inReach = db
    .selectFrom('user_roles as r')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .select('r.user_id')
    .where((eb) => eb.or(f.roots.map((root) => eb('o.path', 'like', `${root}%`))));
  if (f.organizationId) inReach = inReach.where('r.organization_id', '=', f.organizationId);
  if (f.role) inReach = inReach.where('r.role', '=', f.role);
  let query = db.selectFrom('users').selectAll().where('id', 'in', inReach);
  if (f.q) {
    const q = `%${foldText(f.q)}%`;
    query = query.where((eb) => eb.or([eb('full_name_folded', 'like', q), eb('username', 'like', q)]));
  }
  if (!f.includeDisabled) query = query.where('disabled_at', 'is', null);
  if (f.cursor) query = query.where('username', '>', f.cursor);
  return query.orderBy('username').limit(f.limit + 1).execute();
}

export async function insertUser(db: Db, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export type UserChanges = Partial<Pick<UserRow, 'full_name' | 'email' | 'title' | 'disabled_at' | 'password_hash' | 'password_changed_at'>>;

export async function updateUser(db: Db, id: string, changes: UserChanges): Promise<void> {
  const values: Partial<UserRow> = { ...changes, updated_at: nowIso() };
  if (changes.full_name !== undefined) values.full_name_folded = foldText(changes.full_name);
  await db.updateTable('users').set(values).where('id', '=', id).execute();
}

export async function replaceRoles(db: Db, userId: string, roles: { organizationId: string; role: string }[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  const unique = new Map(roles.map((r) => [`${r.organizationId}:${r.role}`, r]));
  if (unique.size === 0) return;
  const now = nowIso();
  await db
    .insertInto('user_roles')
    .values([...unique.values()].map((r) => ({ user_id: userId, organization_id: r.organizationId, role: r.role, created_at: now })))
    .execute();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
