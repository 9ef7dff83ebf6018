import type { Actor } from '../../domain/access/actor';
import { isWithin } from '../../domain/organizations/tree';
import type { Db } from '../../db/database';
import { findOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import { findPlan, type PlanRow } from '../../db/repositories/plans';
import { forbidden, notFound } from '../errors';
import { can, type Action } from '../policies';
import { placed } from './load-organization';

export const planNotFound = () => notFound('PLAN_NOT_FOUND', 'Không tìm thấy kế hoạch.');

/**
 * Reading a plan: everyone within reach of its body, and the bodies below an issuing body once the
 * plan is issued — a hospital reads the Sở Y tế plan it must carry out.
 */
export function canReadPlan(actor: Actor, plan: PlanRow, body: OrganizationRow): boolean {
  if (can(actor, 'plan.read', placed(body))) return true;
  const issued = plan.state === 'issued' || plan.state === 'closed';
  return issued && actor.grants.some((g) => isWithin(g.bodyPath, body.path));
}

export async function loadPlan(db: Db, actor: Actor, id: string, action: Action | 'read'): Promise<{ plan: PlanRow; body: OrganizationRow }> {
  const plan = await findPlan(db, id);
  const body = plan && (await findOrganization(db, plan.organization_id));
  if (!plan || !body || !canReadPlan(actor, plan, body)) throw planNotFound();
  if (action !== 'read' && !can(actor, action, placed(body))) throw forbidden();
  return { plan, body };
}
