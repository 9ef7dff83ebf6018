import { formatPlanNumber } from '../../domain/plans/lifecycle';
import type { Db } from '../../db/database';
import { assigneeNames } from '../../db/repositories/assignee-names';
import type { OrganizationRow } from '../../db/repositories/organizations';
import type { PlanRow } from '../../db/repositories/plans';
import { listTasks, taskFields } from '../../db/repositories/tasks';
import type { PlanKind, PlanState } from '../../shared/plan-vocabulary';
import type { PlanContent } from '../../shared/schemas/plans';
import type { PlanVersionDto } from '../../shared/schemas/plans-api';

/**
 * What a version keeps: the plan as a reader sees the document, names included, so it reads the same
 * however the tree or the storage changes later.
 */
export async function planSnapshot(db: Db, plan: PlanRow, body: OrganizationRow): Promise<PlanVersionDto> {
  const tasks = (await listTasks(db, plan.id)).map(taskFields);
  const refs = tasks.flatMap((t) => [...(t.lead ? [t.lead] : []), ...t.coordinators]);
  return {
    version: plan.version,
    state: plan.state as PlanState,
    organization: { id: body.id, code: body.code, name: body.name },
    superiorName: body.superior_name,
    number: plan.number,
    symbol: plan.symbol,
    numberAndSymbol: formatPlanNumber(plan.number, plan.symbol),
    placeName: plan.place_name,
    issuedOn: plan.issued_on,
    year: plan.year,
    kind: plan.kind as PlanKind,
    title: plan.title,
    signingAuthority: plan.signing_authority,
    signerTitle: plan.signer_title,
    signerName: plan.signer_name,
    content: JSON.parse(plan.content_json) as PlanContent,
    tasks,
    names: await assigneeNames(db, refs),
  };
}
