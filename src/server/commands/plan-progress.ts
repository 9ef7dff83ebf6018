import { latenessOf, type OccurrenceStatus } from '../../domain/calendar';
import { rollUp } from '../../domain/occurrences/rollup';
import type { Db } from '../../db/database';
import { listOccurrencesOfPlan, listTasks } from '../../db/repositories/tasks';

/** A plan's own work rolled up: occurrence → task → reform area → plan (SPEC §2.13). */
export async function planProgress(db: Db, planId: string, today: string) {
  const tasks = await listTasks(db, planId);
  const occurrences = (await listOccurrencesOfPlan(db, planId)).filter((o) => !o.detached_at);
  return rollUp(
    tasks.map((t) => ({ id: t.id, reformArea: t.reform_area, weight: t.weight })),
    occurrences.map((o) => ({
      taskId: o.task_id,
      status: o.status as OccurrenceStatus,
      lateness: latenessOf({ due: o.due, status: o.status as OccurrenceStatus, submittedOn: o.submitted_on, completedOn: o.completed_on }, today),
    })),
  );
}
