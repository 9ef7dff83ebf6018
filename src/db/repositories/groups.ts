import type { Selectable } from 'kysely';
import type { Db } from '../database';
import { newId, nowIso } from '../ids';
import type { OrgGroupsTable } from '../schema';

export type GroupRow = Selectable<OrgGroupsTable> & { memberIds: string[] };

export async function insertGroup(db: Db, g: { ownerId: string; name: string; kind: string; memberIds: string[] }): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db.insertInto('org_groups').values({ id, owner_id: g.ownerId, name: g.name, kind: g.kind, created_at: now, updated_at: now }).execute();
  if (g.memberIds.length > 0) {
    await db
      .insertInto('org_group_members')
      .values([...new Set(g.memberIds)].map((organization_id) => ({ group_id: id, organization_id })))
      .execute();
  }
  return id;
}

export async function listGroups(db: Db, ownerIds: string[]): Promise<GroupRow[]> {
  if (ownerIds.length === 0) return [];
  const groups = await db.selectFrom('org_groups').selectAll().where('owner_id', 'in', ownerIds).orderBy('created_at').execute();
  if (groups.length === 0) return [];
  const members = await db
    .selectFrom('org_group_members')
    .selectAll()
    .where(
      'group_id',
      'in',
      groups.map((g) => g.id),
    )
    .execute();
  return groups.map((g) => ({ ...g, memberIds: members.filter((m) => m.group_id === g.id).map((m) => m.organization_id) }));
}

/** The tree nodes a group stands for today: computed for the standing groups, listed for custom ones. */
export async function resolveGroupMembers(db: Db, group: GroupRow): Promise<{ id: string; code: string; name: string }[]> {
  let query = db.selectFrom('organizations').select(['id', 'code', 'name']).where('retired_at', 'is', null);
  if (group.kind === 'all_units') query = query.where('body_id', '=', group.owner_id).where('id', '!=', group.owner_id);
  else if (group.kind === 'all_bodies') query = query.where('parent_id', '=', group.owner_id).where('kind', '!=', 'department_of_health').whereRef('body_id', '=', 'id');
  else if (group.memberIds.length > 0) query = query.where('id', 'in', group.memberIds);
  else return [];
  return query.orderBy('path').execute();
}
