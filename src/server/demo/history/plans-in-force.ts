import type { Db } from '../../../db/database';
import { findOrganization } from '../../../db/repositories/organizations';
import { listTasks } from '../../../db/repositories/tasks';
import { saveTaskTable, taskTableOf } from '../../commands/save-task-table';
import { transitionPlan } from '../../commands/transition-plan';
import { inTransaction } from '../../commands/transaction';
import { contextOf } from '../demo-actor';

/** What a coordinator wrote for the undated rows when issuing a plan whose document gives no deadlines. */
const SCHEDULE_FOR_UNDATED = 'Thường xuyên';
/** One row in this many is left undated, so the demo shows how such tasks look and are counted. */
const LEAVE_UNDATED_EVERY = 15;

/**
 * Brings the demo's draft plans of past and current years into force as their bodies would have done:
 * undated rows given a schedule ("Thường xuyên", a few left as the document wrote them), submitted by
 * the coordinator, issued by the director on the plan's date; a plan of a past year is then closed.
 */
export async function bringPlansIntoForce(db: Db, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const drafts = await db.selectFrom('plans').selectAll().where('state', '=', 'draft').where('year', '<=', year).orderBy('year').orderBy('created_at').execute();
  for (const plan of drafts) {
    const body = (await findOrganization(db, plan.organization_id))!;
    const prefix = body.code.toLowerCase();
    const coordinator = await contextOf(db, `${prefix}.coordinator`);
    const director = await contextOf(db, `${prefix}.director`);
    const rows = taskTableOf(await listTasks(db, plan.id)).map((row, i) =>
      row.deadlineText.trim() === '' && i % LEAVE_UNDATED_EVERY !== LEAVE_UNDATED_EVERY - 1 ? { ...row, deadlineText: SCHEDULE_FOR_UNDATED } : row,
    );
    await inTransaction(coordinator, (tx) => saveTaskTable(tx, plan, body, rows).then(() => undefined));
    await transitionPlan(coordinator, plan.id, 'submitted', {});
    const issuedOn = plan.issued_on ?? `${plan.year}-01-${String(15 + (plan.year % 7)).padStart(2, '0')}`;
    await transitionPlan(director, plan.id, 'issued', { issuedOn });
    if (plan.year < year) await transitionPlan(director, plan.id, 'closed', {});
  }
}
