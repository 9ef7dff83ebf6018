import type { Db } from '../../db/database';
import type { PlanRow } from '../../db/repositories/plans';
import { listTasks } from '../../db/repositories/tasks';

/** A plan with its tasks as stored: what a version keeps. */
export async function planSnapshot(db: Db, plan: PlanRow) {
  const { title_folded: _t, ...fields } = plan;
  const tasks = (await listTasks(db, plan.id)).map(({ title_folded: _f, ...task }) => task);
  return { ...fields, content: JSON.parse(plan.content_json) as unknown, content_json: undefined, tasks };
}
