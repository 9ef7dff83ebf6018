import type { Selectable } from 'kysely';
import type { OutputKind, ReformArea } from '../../shared/plan-vocabulary';
import type { AssigneeRef } from '../../shared/schemas/plans';
import type { Db } from '../database';
import type { OccurrencesTable, TasksTable } from '../schema';

export type TaskRow = Selectable<TasksTable>;
export type OccurrenceRow = Selectable<OccurrencesTable>;

/** A stored task as the table shows it: JSON columns read, names in the API's words. */
export function taskFields(t: TaskRow) {
  return {
    id: t.id,
    number: t.number,
    title: t.title,
    reformArea: t.reform_area as ReformArea,
    lead: t.lead_json ? (JSON.parse(t.lead_json) as AssigneeRef) : null,
    coordinators: JSON.parse(t.coordinators_json) as AssigneeRef[],
    deadlineText: t.deadline_text,
    outputText: t.output_text,
    outputKind: t.output_kind as OutputKind | null,
    note: t.note,
  };
}

export async function findTask(db: Db, id: string): Promise<TaskRow | undefined> {
  return db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listTasks(db: Db, planId: string): Promise<TaskRow[]> {
  return db.selectFrom('tasks').selectAll().where('plan_id', '=', planId).orderBy('position').execute();
}

export async function insertTask(db: Db, row: TaskRow): Promise<void> {
  await db.insertInto('tasks').values(row).execute();
}

export async function updateTask(db: Db, id: string, changes: Partial<TaskRow>): Promise<void> {
  await db.updateTable('tasks').set(changes).where('id', '=', id).execute();
}

export async function deleteTasks(db: Db, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('tasks').where('id', 'in', ids).execute();
}

export async function listOccurrencesOfTask(db: Db, taskId: string): Promise<OccurrenceRow[]> {
  return db.selectFrom('occurrences').selectAll().where('task_id', '=', taskId).orderBy('period_start').execute();
}

export async function listOccurrencesOfPlan(db: Db, planId: string): Promise<OccurrenceRow[]> {
  return db.selectFrom('occurrences').selectAll().where('plan_id', '=', planId).orderBy('period_start').execute();
}

export async function insertOccurrences(db: Db, rows: OccurrenceRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('occurrences').values(rows).execute();
}

export async function updateOccurrence(db: Db, id: string, changes: Partial<OccurrenceRow>): Promise<void> {
  await db.updateTable('occurrences').set(changes).where('id', '=', id).execute();
}

export async function deleteOccurrences(db: Db, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('occurrences').where('id', 'in', ids).execute();
}
