import type { z } from 'zod';
import { editMakesNewVersion } from '../../domain/plans/lifecycle';
import { findPlan, insertPlanVersion, updatePlan, type PlanRow } from '../../db/repositories/plans';
import type { PlanState } from '../../shared/plan-vocabulary';
import type { updatePlanSchema } from '../../shared/schemas/plans-api';
import { conflict } from '../errors';
import { loadPlan } from './load-plan';
import { planSnapshot } from './plan-snapshot';
import { saveTaskTable, taskTableOf } from './save-task-table';
import { listTasks } from '../../db/repositories/tasks';
import { inTransaction, type CommandContext } from './transaction';

/**
 * Edits a plan's fields, text and task table. A submitted plan waits for the director; an issued or
 * closed plan stays as issued, and the edit becomes its next version, kept beside the earlier ones.
 */
export async function updatePlanDetails(ctx: CommandContext, id: string, input: z.infer<typeof updatePlanSchema>): Promise<PlanRow> {
  return inTransaction(ctx, async (tx) => {
    const { plan, body } = await loadPlan(tx.db, ctx.actor, id, 'plan.edit');
    if (plan.state === 'submitted') throw conflict('PLAN_AWAITING_APPROVAL', 'Kế hoạch đang chờ lãnh đạo phê duyệt; hãy trả lại dự thảo trước khi sửa.');
    const newVersion = editMakesNewVersion(plan.state as PlanState);
    await updatePlan(tx.db, id, {
      kind: input.kind,
      year: input.year,
      title: input.title,
      place_name: input.placeName,
      signing_authority: input.signingAuthority,
      signer_title: input.signerTitle,
      signer_name: input.signerName,
      content_json: input.content ? JSON.stringify(input.content) : undefined,
      version: newVersion ? plan.version + 1 : undefined,
    });
    const updated = (await findPlan(tx.db, id))!;
    // Deadlines without a year ("Hàng quý") are read in the plan's year: a new year re-reads them all.
    const tasks = input.tasks ?? (updated.year !== plan.year ? taskTableOf(await listTasks(tx.db, id)) : undefined);
    if (tasks) await saveTaskTable(tx, updated, body, tasks);
    if (newVersion) await insertPlanVersion(tx.db, { planId: id, version: updated.version, state: updated.state, snapshot: await planSnapshot(tx.db, updated, body), createdBy: ctx.actor.userId });
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: 'plan.update',
      entityType: 'plan',
      entityId: id,
      summary: newVersion ? `Sửa kế hoạch đã ban hành "${updated.title}" (phiên bản ${updated.version})` : `Sửa dự thảo kế hoạch "${updated.title}"`,
      before: { title: plan.title, version: plan.version },
      after: { title: updated.title, version: updated.version, tasks: input.tasks?.length },
    });
    return updated;
  });
}
