import type { OccurrenceStatus } from '../../domain/calendar';
import { OPEN_STATUSES, type ReminderCandidate } from '../../domain/reminders/due-items';
import type { Db } from '../database';

/**
 * Open work of issued plans due by `dueBy` (overdue work included): what the reminder rule then
 * sorts into due soon and late. Drafts and closed plans remind nobody. With `roots`, only work of
 * units inside them, or of plans of bodies inside them.
 */
export async function listReminderCandidates(db: Db, f: { dueBy: string; roots?: readonly string[] }): Promise<ReminderCandidate[]> {
  if (f.roots && f.roots.length === 0) return [];
  let query = db
    .selectFrom('occurrences as oc')
    .innerJoin('organizations as org', 'org.id', 'oc.organization_id')
    .innerJoin('tasks as t', 't.id', 'oc.task_id')
    .innerJoin('plans as p', 'p.id', 'oc.plan_id')
    .innerJoin('organizations as pb', 'pb.id', 'p.organization_id')
    .select(['oc.id', 't.title', 'oc.organization_id', 'org.name', 'org.body_id', 'oc.due', 'oc.status', 'oc.submitted_on', 'oc.completed_on'])
    .where('p.state', '=', 'issued')
    .where('oc.detached_at', 'is', null)
    .where('org.retired_at', 'is', null)
    .where('oc.status', 'in', OPEN_STATUSES)
    .where('oc.due', 'is not', null)
    .where('oc.due', '<=', f.dueBy);
  const roots = f.roots;
  if (roots) query = query.where((eb) => eb.or(roots.flatMap((root) => [eb('org.path', 'like', `${root}%`), eb('pb.path', 'like', `${root}%`)])));
  const rows = await query.orderBy('oc.id').execute();
  return rows.map((r) => ({
    occurrenceId: r.id,
    taskTitle: r.title,
    organizationId: r.organization_id,
    organizationName: r.name,
    bodyId: r.body_id,
    due: r.due,
    status: r.status as OccurrenceStatus,
    submittedOn: r.submitted_on,
    completedOn: r.completed_on,
  }));
}

export type ReminderRecipientRow = { userId: string; organizationId: string; role: 'reporter' | 'coordinator'; fullName: string; email: string | null };

/** Active accounts holding the reporter role at these departments or the coordinator role at these bodies. */
export async function listReminderRecipients(db: Db, f: { departmentIds: readonly string[]; bodyIds: readonly string[] }): Promise<ReminderRecipientRow[]> {
  if (f.departmentIds.length === 0 && f.bodyIds.length === 0) return [];
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'r.organization_id', 'r.role', 'u.full_name', 'u.email'])
    .where('u.disabled_at', 'is', null)
    .where((eb) =>
      eb.or([
        ...(f.departmentIds.length ? [eb.and([eb('r.role', '=', 'reporter'), eb('r.organization_id', 'in', f.departmentIds)])] : []),
        ...(f.bodyIds.length ? [eb.and([eb('r.role', '=', 'coordinator'), eb('r.organization_id', 'in', f.bodyIds)])] : []),
      ]),
    )
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ userId: r.id, organizationId: r.organization_id, role: r.role as ReminderRecipientRow['role'], fullName: r.full_name, email: r.email }));
}
