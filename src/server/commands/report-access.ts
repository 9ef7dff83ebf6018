import type { Actor } from '../../domain/access/actor';
import { isEditable, reportMove } from '../../domain/reports/workflow';
import type { Db } from '../../db/database';
import { findOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import { findReport, type ReportRow } from '../../db/repositories/reports';
import type { ReportState } from '../../shared/report-vocabulary';
import { notFound } from '../errors';
import { can, refusal, type Action } from '../policies';
import { ACTIONS } from '../policies/rules';
import { placed } from './load-organization';

export const reportNotFound = () => notFound('REPORT_NOT_FOUND', 'Không tìm thấy báo cáo.');

/**
 * The body a person reports for: the one where they hold a role that allows the action (a coordinator
 * or director compiles for their own body; a parent's coordinator follows the bodies under it).
 */
export async function reportingBody(db: Db, actor: Actor, action: Action): Promise<OrganizationRow> {
  const roles: readonly string[] = ACTIONS[action];
  for (const grant of actor.grants.filter((g) => roles.includes(g.role))) {
    const body = await findOrganization(db, grant.bodyId);
    if (body && !body.retired_at && can(actor, action, placed(body))) return body;
  }
  throw refusal(action, 'Chỉ lãnh đạo và đầu mối cải cách hành chính của đơn vị mới làm được việc này.');
}

/** The body above a body, whose report will carry this one's numbers; null at the top of the tree. */
export async function parentBodyOf(db: Db, body: OrganizationRow): Promise<OrganizationRow | null> {
  if (!body.parent_id) return null;
  const parentNode = await findOrganization(db, body.parent_id);
  return parentNode ? ((await findOrganization(db, parentNode.body_id)) ?? null) : null;
}

/**
 * A report and its body, if the actor may read it: the body's own readers always, the bodies above it
 * once it has been sent to them (a draft is the body's business). Anyone else is told it does not exist.
 */
export async function loadReport(db: Db, actor: Actor, id: string): Promise<{ report: ReportRow; body: OrganizationRow }> {
  const report = await findReport(db, id);
  const body = report && (await findOrganization(db, report.organization_id));
  if (!report || !body) throw reportNotFound();
  const target = placed(body);
  if (!can(actor, 'report.read', target) && !(report.submitted_at !== null && can(actor, 'report.return', target))) throw reportNotFound();
  return { report, body };
}

/** The mover of a workflow step as a policy action: the director approves, the body sends, the body above returns. */
export const MOVER_ACTION = { approver: 'report.approve', sender: 'report.submit', parent: 'report.return' } as const satisfies Record<string, Action>;

/** What the caller may do with the report now, for the UI; the commands check again. */
export function reportAbilities(actor: Actor, report: ReportRow, body: Pick<OrganizationRow, 'id' | 'path' | 'body_id'>) {
  const target = { id: body.id, path: body.path, bodyId: body.body_id };
  const state = report.state as ReportState;
  const may = (to: ReportState) => {
    const move = reportMove(state, to);
    return move !== null && can(actor, MOVER_ACTION[move.by], target);
  };
  const editable = isEditable(state) && can(actor, 'report.compile', target);
  return { edit: editable, compile: editable, approve: may('approved'), submit: may('submitted'), return: may('returned') };
}
