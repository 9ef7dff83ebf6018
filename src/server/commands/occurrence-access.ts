import type { Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { listGroups, resolveGroupMembers } from '../../db/repositories/groups';
import type { OccurrenceInContext } from '../../db/repositories/occurrences';
import type { AssigneeRef } from '../../shared/schemas/plans';
import { can } from '../policies';

/**
 * The units that coordinate a task: named directly or as members of a group. A resolver remembers each
 * body's groups, so a page of occurrences costs one look-up per body, not one per row.
 */
export function coordinatorResolver(db: Db): (occurrence: OccurrenceInContext) => Promise<string[]> {
  const groupsByBody = new Map<string, Promise<Map<string, string[]>>>();
  const membersOf = (bodyId: string) => {
    let found = groupsByBody.get(bodyId);
    if (!found) {
      found = listGroups(db, [bodyId]).then(async (groups) => new Map(await Promise.all(groups.map(async (g) => [g.id, (await resolveGroupMembers(db, g)).map((m) => m.id)] as const))));
      groupsByBody.set(bodyId, found);
    }
    return found;
  };
  return async (occurrence) => {
    const refs = JSON.parse(occurrence.task_coordinators_json) as AssigneeRef[];
    const ids = refs.filter((r) => r.type === 'organization').map((r) => r.id);
    const groupIds = refs.filter((r) => r.type === 'group').map((r) => r.id);
    if (groupIds.length === 0) return ids;
    const members = await membersOf(occurrence.plan_body_id);
    return [...ids, ...groupIds.flatMap((id) => members.get(id) ?? [])];
  };
}

export const coordinatingOrganizations = (db: Db, occurrence: OccurrenceInContext) => coordinatorResolver(db)(occurrence);

/**
 * Who records work on an occurrence: the reporters of the department responsible for it or of a
 * department coordinating its task, and the coordinator or director of the body it belongs to.
 */
export function canUpdateOccurrence(actor: Actor, occurrence: OccurrenceInContext, coordinating: readonly string[]): boolean {
  return actor.grants.some((g) =>
    g.role === 'reporter'
      ? g.organizationId === occurrence.organization_id || coordinating.includes(g.organizationId)
      : (g.role === 'coordinator' || g.role === 'director') && g.bodyId === occurrence.org_body_id,
  );
}

/** Who reviews work: the coordinators and directors of the body whose plan it is. */
export function canReviewOccurrence(actor: Actor, occurrence: Pick<OccurrenceInContext, 'plan_body_id' | 'plan_body_path'>): boolean {
  return can(actor, 'occurrence.review', { id: occurrence.plan_body_id, path: occurrence.plan_body_path, bodyId: occurrence.plan_body_id });
}

/** The organisations whose occurrences are "my work". */
export function myOrganizations(actor: Actor): string[] {
  return [...new Set(actor.grants.map((g) => (g.role === 'reporter' ? g.organizationId : g.bodyId)))];
}
