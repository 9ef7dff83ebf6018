import type { Role } from '../../shared/roles';
import type { Db } from '../database';

export type RoleHolderRow = { userId: string; organizationId: string; role: string; fullName: string; email: string | null };

/** Active accounts holding these roles at these organisations: the directory a workflow step is told through. */
export async function listRoleHolders(db: Db, f: { organizationIds: readonly string[]; roles: readonly Role[] }): Promise<RoleHolderRow[]> {
  const organizationIds = [...new Set(f.organizationIds)];
  if (organizationIds.length === 0 || f.roles.length === 0) return [];
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'r.organization_id', 'r.role', 'u.full_name', 'u.email'])
    .where('u.disabled_at', 'is', null)
    .where('r.organization_id', 'in', organizationIds)
    .where('r.role', 'in', [...f.roles])
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ userId: r.id, organizationId: r.organization_id, role: r.role, fullName: r.full_name, email: r.email }));
}

/** Named people (a plan's drafter, an item's proposer) who are still active, with their addresses. */
export async function listActiveUsers(db: Db, userIds: readonly string[]): Promise<{ id: string; full_name: string; email: string | null }[]> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  return db.selectFrom('users').select(['id', 'full_name', 'email']).where('id', 'in', ids).where('disabled_at', 'is', null).execute();
}

/** Who last sent a plan up for approval, from the audit trail (the plan keeps only who created it). */
export async function lastPlanSubmitter(db: Db, planId: string): Promise<string | null> {
  const row = await db
    .selectFrom('audit_log')
    .select('actor_id')
    .where('entity_type', '=', 'plan')
    .where('entity_id', '=', planId)
    .where('action', '=', 'plan.submit')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.actor_id ?? null;
}

/** The organisations an issued plan gives work to (each occurrence's department or body), and each task's coordinators as stored. */
export async function listPlanWork(db: Db, planId: string): Promise<{ organizationIds: string[]; coordinatorsJson: string[] }> {
  const leads = await db.selectFrom('occurrences').select('organization_id').distinct().where('plan_id', '=', planId).where('detached_at', 'is', null).execute();
  const tasks = await db.selectFrom('tasks').select('coordinators_json').where('plan_id', '=', planId).execute();
  return { organizationIds: leads.map((l) => l.organization_id), coordinatorsJson: tasks.map((t) => t.coordinators_json) };
}
