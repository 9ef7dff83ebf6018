import type { Actor } from '../../domain/access/actor';
import { isWithin } from '../../domain/organizations/tree';
import { formatPlanNumber, isInForce } from '../../domain/plans/lifecycle';
import { formatDateVi } from '../../domain/schedule';
import type { Db } from '../../db/database';
import { listGroups, resolveGroupMembers } from '../../db/repositories/groups';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { listTasks, type TaskRow } from '../../db/repositories/tasks';
import type { PlanKind } from '../../shared/plan-vocabulary';
import type { AssigneeRef, PlanContent, TaskInput } from '../../shared/schemas/plans';
import { badRequest } from '../errors';
import { loadPlan } from './load-plan';
import type { PlanStart } from './plan-start';

/**
 * A body's plan that carries out its department of health's plan starts with the parent's bases, an
 * opening that cites the parent, and every parent task assigned to this body (by name or through a
 * group), for the body to give to its own departments.
 */
export async function startFromParent(db: Db, actor: Actor, body: OrganizationRow, parentId: string): Promise<PlanStart> {
  const { plan: parent, body: parentBody } = await loadPlan(db, actor, parentId, 'read');
  if (parent.organization_id === body.id) throw badRequest('PARENT_IS_OWN_PLAN', 'Kế hoạch cấp trên phải của đơn vị cấp trên.', [{ field: 'fromParentId', message: 'Không phải kế hoạch cấp trên' }]);
  // Only a plan in force of a body above this one binds it: never a draft, never a plan of a body below or beside.
  if (!isInForce(parent.state) || !isWithin(body.path, parentBody.path)) {
    throw badRequest('PARENT_NOT_SUPERIOR', 'Kế hoạch cấp trên phải là kế hoạch đã ban hành của đơn vị cấp trên.', [{ field: 'fromParentId', message: 'Không phải kế hoạch đã ban hành của đơn vị cấp trên' }]);
  }
  const content = JSON.parse(parent.content_json) as PlanContent;
  const groupMembers = new Map<string, string[]>();
  for (const g of await listGroups(db, [parentBody.id])) groupMembers.set(g.id, (await resolveGroupMembers(db, g)).map((m) => m.id));
  const concernsBody = (ref: AssigneeRef) => (ref.type === 'organization' && ref.id === body.id) || (ref.type === 'group' && (groupMembers.get(ref.id) ?? []).includes(body.id));
  const assigned = (t: TaskRow) => [t.lead_json ? (JSON.parse(t.lead_json) as AssigneeRef) : null, ...(JSON.parse(t.coordinators_json) as AssigneeRef[])].some((r) => r && concernsBody(r));
  const tasks = (await listTasks(db, parent.id)).filter(assigned).map(
    (t, i): TaskInput & { parentTaskId: string } => ({
      number: String(i + 1),
      title: t.title,
      reformArea: t.reform_area as TaskInput['reformArea'],
      lead: null,
      coordinators: [],
      deadlineText: t.deadline_text,
      outputText: t.output_text,
      outputKind: t.output_kind as TaskInput['outputKind'],
      note: null,
      weight: t.weight,
      parentTaskId: t.id,
    }),
  );
  const issued = parent.issued_on ? ` ngày ${formatDateVi(parent.issued_on)}` : '';
  const introduction = `Thực hiện Kế hoạch số ${formatPlanNumber(parent.number, parent.symbol)}${issued} của ${parentBody.name} về ${lowerFirst(parent.title)}, ${body.name} xây dựng Kế hoạch như sau:`;
  return {
    year: parent.year,
    kind: parent.kind as PlanKind,
    title: parent.title,
    parentPlanId: parent.id,
    previousPlanId: null,
    content: { bases: content.bases, introduction, sections: [], targets: content.targets, closing: null, recipients: [] },
    tasks,
    signingAuthority: 'GIÁM ĐỐC',
    signerTitle: null,
    signerName: null,
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
