import { matchAssignees, type AssigneeCandidate } from '../../domain/import/match-assignees';
import { assigneeNamesOf } from '../../shared/plan-import/draft-to-plan';
import type { Db } from '../../db/database';
import { listExternalBodies } from '../../db/repositories/external-bodies';
import { listGroups } from '../../db/repositories/groups';
import { listOrganizations, type OrganizationRow } from '../../db/repositories/organizations';
import { extractPlanText, ImportRefused } from '../../documents/import';
import { parsePlanText } from '../../domain/import';
import type { PlanImportResult } from '../../shared/schemas/plan-import-api';
import { AppError, refusalStatus } from '../errors';
import { planBody } from './create-plan';
import type { CommandContext } from './transaction';

/**
 * Reads an uploaded plan into a draft for review, its leads and coordinators matched to the body's
 * tree, groups and registry. Nothing is written: the reviewed draft is saved through POST /api/plans.
 */
export async function importPlan(ctx: CommandContext, bytes: Buffer, organizationId?: string): Promise<PlanImportResult> {
  const body = await planBody(ctx.db, ctx.actor, organizationId);
  const extracted = await extractPlanText(bytes).catch((error: unknown) => {
    if (error instanceof ImportRefused) throw new AppError(refusalStatus(error.code), error.code, error.message, [{ field: 'file', message: error.message }]);
    throw error;
  });
  const draft = parsePlanText(extracted.text);
  const assignees = matchAssignees(assigneeNamesOf(draft), await candidatesOf(ctx.db, body));
  return { draft, sourceText: extracted.text, format: extracted.format, assignees };
}

/**
 * Whom a plan of the body names: its own departments and the bodies right under it (a department of
 * health's hospitals, not their departments), its groups and its external bodies.
 */
async function candidatesOf(db: Db, body: OrganizationRow): Promise<AssigneeCandidate[]> {
  const nodes = await listOrganizations(db, { roots: [body.path], limit: 10_000 });
  const named = nodes.filter((o) => o.body_id === body.id || (o.id === o.body_id && o.parent_id === body.id));
  const groups = await listGroups(db, [body.id]);
  const externals = await listExternalBodies(db, { ownerIds: [body.id], limit: 1000 });
  return [
    ...named.map((o) => ({ kind: 'organization' as const, id: o.id, name: o.name, code: o.code })),
    ...groups.map((g) => ({ kind: 'group' as const, id: g.id, name: g.name, groupKind: g.kind })),
    ...externals.map((e) => ({ kind: 'external' as const, id: e.id, name: e.name, code: e.code })),
  ];
}
