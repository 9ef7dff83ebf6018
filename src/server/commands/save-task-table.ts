import { plannedOccurrences, reconcileOccurrences } from '../../domain/plans/occurrences';
import { parseDeadline, type Schedule } from '../../domain/schedule';
import { newId, nowIso } from '../../db/ids';
import type { OrganizationRow } from '../../db/repositories/organizations';
import type { PlanRow } from '../../db/repositories/plans';
import {
  deleteOccurrences,
  deleteTasks,
  insertOccurrences,
  insertTask,
  listOccurrencesOfTask,
  listTasks,
  updateOccurrence,
  updateTask,
  taskFields,
  type OccurrenceRow,
  type TaskRow,
} from '../../db/repositories/tasks';
import { foldText } from '../../shared/fold';
import type { TaskInput } from '../../shared/schemas/plans';
import { conflict } from '../errors';
import { checkAssignee, responsibleOrganizations } from './plan-assignees';
import type { Tx } from './transaction';

export type TaskTableRow = TaskInput & { id?: string; parentTaskId?: string | null };

export const parseSchedule = (deadlineText: string, year: number): Schedule | null => {
  const parsed = parseDeadline(deadlineText, year);
  return parsed.understood ? parsed.schedule : null;
};

/** The stored table as rows to save again, e.g. to re-read every deadline after the plan's year changed. */
export function taskTableOf(tasks: TaskRow[]): TaskTableRow[] {
  return tasks.map((t) => ({ ...taskFields(t), parentTaskId: t.parent_task_id, weight: t.weight }));
}

const hasRecordedWork = (o: OccurrenceRow) => o.status !== 'not_started' || o.progress > 0 || !!o.note;

/**
 * Saves the whole task table of a plan as the spreadsheet shows it: rows keep their ids, new rows are
 * added, missing rows deleted (never one with recorded work), and each task's occurrences re-expanded
 * from its deadline and lead without losing any recorded update.
 */
export async function saveTaskTable(tx: Tx, plan: PlanRow, body: OrganizationRow, rows: TaskTableRow[]): Promise<TaskRow[]> {
  const existing = await listTasks(tx.db, plan.id);
  const keptIds = new Set(rows.map((r) => r.id).filter(Boolean));
  const removed = existing.filter((t) => !keptIds.has(t.id));
  for (const task of removed) {
    if ((await listOccurrencesOfTask(tx.db, task.id)).some(hasRecordedWork)) {
      throw conflict('TASK_HAS_WORK', `Nhiệm vụ "${task.title.slice(0, 80)}" đã có kết quả thực hiện nên không xóa được.`);
    }
  }
  await deleteTasks(tx.db, removed.map((t) => t.id));

  const now = nowIso();
  const saved: TaskRow[] = [];
  for (const [position, row] of rows.entries()) {
    if (row.lead) await checkAssignee(tx.db, body, row.lead, `tasks.${position}.lead`);
    for (const [i, c] of row.coordinators.entries()) await checkAssignee(tx.db, body, c, `tasks.${position}.coordinators.${i}`);
    const schedule = parseSchedule(row.deadlineText, plan.year);
    const before = row.id ? existing.find((t) => t.id === row.id) : undefined;
    const task: TaskRow = {
      id: before?.id ?? newId(),
      plan_id: plan.id,
      parent_task_id: row.parentTaskId ?? before?.parent_task_id ?? null,
      position,
      number: row.number,
      title: row.title,
      title_folded: foldText(row.title),
      reform_area: row.reformArea,
      lead_json: row.lead ? JSON.stringify(row.lead) : null,
      coordinators_json: JSON.stringify(row.coordinators),
      deadline_text: row.deadlineText,
      schedule_json: schedule ? JSON.stringify(schedule) : null,
      output_text: row.outputText,
      output_kind: row.outputKind,
      note: row.note,
      weight: row.weight,
      created_at: before?.created_at ?? now,
      updated_at: now,
    };
    if (before) await updateTask(tx.db, task.id, task);
    else await insertTask(tx.db, task);
    await expandOccurrences(tx, plan, task, schedule, await responsibleOrganizations(tx.db, body, row.lead));
    saved.push(task);
  }
  return saved;
}

async function expandOccurrences(tx: Tx, plan: PlanRow, task: TaskRow, schedule: Schedule | null, responsible: string[]): Promise<void> {
  const stored = await listOccurrencesOfTask(tx.db, task.id);
  const plan_ = reconcileOccurrences(
    stored.map((o) => ({ id: o.id, organizationId: o.organization_id, start: o.period_start, end: o.period_end, due: o.due, hasRecordedWork: hasRecordedWork(o), detached: !!o.detached_at })),
    plannedOccurrences(schedule, responsible),
  );
  const now = nowIso();
  for (const k of plan_.keep) await updateOccurrence(tx.db, k.id, { due: k.due, detached_at: null, updated_at: now });
  for (const id of plan_.detach) await updateOccurrence(tx.db, id, { detached_at: now, updated_at: now });
  await deleteOccurrences(tx.db, plan_.remove);
  await insertOccurrences(
    tx.db,
    plan_.create.map((p) => ({
      id: newId(),
      task_id: task.id,
      plan_id: plan.id,
      organization_id: p.organizationId,
      period_start: p.start,
      period_end: p.end,
      due: p.due,
      status: 'not_started',
      progress: 0,
      note: null,
      detached_at: null,
      submitted_on: null,
      completed_on: null,
      updated_by: null,
      created_at: now,
      updated_at: now,
    })),
  );
}
