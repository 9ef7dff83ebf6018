import { isWithin } from '../../domain/organizations/tree';
import type { Db } from '../../db/database';
import { findExternalBody } from '../../db/repositories/external-bodies';
import { listGroups, resolveGroupMembers } from '../../db/repositories/groups';
import { findOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import type { AssigneeRef } from '../../shared/schemas/plans';
import { badRequest } from '../errors';

/**
 * A plan assigns work inside its own body's tree: its departments, its groups, its external bodies,
 * and for a department of health the bodies under it.
 */
export async function checkAssignee(db: Db, planBody: OrganizationRow, ref: AssigneeRef, field: string): Promise<void> {
  const invalid = () => badRequest('ASSIGNEE_OUT_OF_PLAN', 'Đơn vị được giao phải thuộc đơn vị ban hành kế hoạch (khoa, phòng, nhóm hoặc cơ quan trong danh mục của đơn vị).', [{ field, message: 'Không thuộc đơn vị' }]);
  if (ref.type === 'organization') {
    const org = await findOrganization(db, ref.id);
    if (!org || !isWithin(org.path, planBody.path) || org.retired_at) throw invalid();
  } else if (ref.type === 'group') {
    const group = (await listGroups(db, [planBody.id])).find((g) => g.id === ref.id);
    if (!group) throw invalid();
  } else {
    const external = await findExternalBody(db, ref.id);
    if (!external || external.owner_id !== planBody.id) throw invalid();
  }
}

/**
 * Who answers for a task's occurrences: the lead, a group's members one by one; the plan's own body
 * when there is no lead or the lead is outside the system (an external body does not report here).
 */
export async function responsibleOrganizations(db: Db, planBody: OrganizationRow, lead: AssigneeRef | null): Promise<string[]> {
  if (!lead || lead.type === 'external') return [planBody.id];
  if (lead.type === 'organization') return [lead.id];
  const group = (await listGroups(db, [planBody.id])).find((g) => g.id === lead.id);
  const members = group ? await resolveGroupMembers(db, group) : [];
  return members.length > 0 ? members.map((m) => m.id) : [planBody.id];
}
