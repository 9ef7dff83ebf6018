import type { AssigneeRef } from '../../shared/schemas/plans';
import type { Db } from '../database';

/**
 * The names of the nodes, groups and external bodies a plan refers to, keyed "type:id". A reader of a
 * plan from a body above them cannot list that body's tree, yet must read who does what.
 */
export async function assigneeNames(db: Db, refs: readonly AssigneeRef[]): Promise<Record<string, string>> {
  const ids = (type: AssigneeRef['type']) => [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
  const [orgs, groups, externals] = await Promise.all([
    ids('organization').length ? db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', ids('organization')).execute() : [],
    ids('group').length ? db.selectFrom('org_groups').select(['id', 'name']).where('id', 'in', ids('group')).execute() : [],
    ids('external').length ? db.selectFrom('external_bodies').select(['id', 'name']).where('id', 'in', ids('external')).execute() : [],
  ]);
  return Object.fromEntries([
    ...orgs.map((o) => [`organization:${o.id}`, o.name]),
    ...groups.map((g) => [`group:${g.id}`, g.name]),
    ...externals.map((e) => [`external:${e.id}`, e.name]),
  ]);
}
