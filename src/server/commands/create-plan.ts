import type { z } from 'zod';
import { grantsWith, type Actor } from '../../domain/access/actor';
import type { Db } from '../../db/database';
import { planSymbol } from '../../domain/plans/lifecycle';
import { newId, nowIso } from '../../db/ids';
import { findOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import { insertPlan, type PlanRow } from '../../db/repositories/plans';
import { foldText } from '../../shared/fold';
import type { PlanContent } from '../../shared/schemas/plans';
import type { createPlanSchema } from '../../shared/schemas/plans-api';
import { badRequest, forbidden } from '../errors';
import { ACTIONS } from '../policies/rules';
import { loadAuthorizedBody } from './load-organization';
import { inTransaction, type CommandContext } from './transaction';
import { saveTaskTable, type TaskTableRow } from './save-task-table';
import { startFromParent } from './plan-from-parent';
import { startFromPrevious } from './plan-from-previous';

export type CreatePlanInput = z.infer<typeof createPlanSchema>;

const EMPTY_CONTENT: PlanContent = { bases: [], introduction: null, sections: [], targets: [], closing: null, recipients: [] };

/**
 * Drafts a plan for a body: blank, from the parent plan it carries out (its bases and the tasks
 * assigned to this body), or from last year's plan (dates moved a year, progress reset).
 */
export async function createPlan(ctx: CommandContext, input: CreatePlanInput): Promise<PlanRow> {
  return inTransaction(ctx, async (tx) => {
    const body = await planBody(tx.db, ctx.actor, input.organizationId);
    const start =
      input.fromParentId ? await startFromParent(tx.db, ctx.actor, body, input.fromParentId)
      : input.copyFromId ? await startFromPrevious(tx.db, ctx.actor, body, input.copyFromId)
      : null;
    const year = input.year ?? start?.year;
    if (!year) throw badRequest('YEAR_REQUIRED', 'Hãy chọn năm của kế hoạch.', [{ field: 'year', message: 'Bắt buộc' }]);
    const now = nowIso();
    const title = input.title ?? start?.title;
    if (!title) throw badRequest('TITLE_REQUIRED', 'Hãy nhập trích yếu (tên) của kế hoạch.', [{ field: 'title', message: 'Bắt buộc' }]);
    const plan: PlanRow = {
      id: newId(),
      organization_id: body.id,
      parent_plan_id: start?.parentPlanId ?? null,
      previous_plan_id: start?.previousPlanId ?? null,
      kind: input.kind ?? start?.kind ?? 'cchc',
      year,
      number: null,
      symbol: planSymbol(body.document_code ?? body.code),
      place_name: input.placeName ?? body.place_name,
      issued_on: null,
      title,
      title_folded: foldText(title),
      state: 'draft',
      version: 1,
      content_json: JSON.stringify(input.content ?? start?.content ?? EMPTY_CONTENT),
      signing_authority: input.signingAuthority ?? start?.signingAuthority ?? 'GIÁM ĐỐC',
      signer_title: input.signerTitle ?? start?.signerTitle ?? null,
      signer_name: input.signerName ?? start?.signerName ?? null,
      created_by: ctx.actor.userId,
      created_at: now,
      updated_at: now,
    };
    await insertPlan(tx.db, plan);
    const tasks: TaskTableRow[] = input.tasks ?? start?.tasks ?? [];
    await saveTaskTable(tx, plan, body, tasks);
    await tx.audit({
      organization: { id: body.id, path: body.path },
      action: 'plan.create',
      entityType: 'plan',
      entityId: plan.id,
      summary: `Soạn kế hoạch "${plan.title}"${start?.parentPlanId ? ' từ kế hoạch cấp trên' : start?.previousPlanId ? ' từ kế hoạch năm trước' : ''}`,
      after: { title: plan.title, year: plan.year, kind: plan.kind, tasks: tasks.length },
    });
    return plan;
  });
}

/** The body the plan is for: the one named, else the first body where the person drafts plans. */
export async function planBody(db: Db, actor: Actor, organizationId: string | undefined): Promise<OrganizationRow> {
  if (organizationId) return loadAuthorizedBody(db, actor, organizationId, 'plan.edit');
  const grant = grantsWith(actor, ACTIONS['plan.edit'])[0];
  const body = grant && (await findOrganization(db, grant.bodyId));
  if (!body) throw forbidden('Chỉ đầu mối CCHC hoặc lãnh đạo đơn vị mới soạn được kế hoạch.');
  return body;
}
