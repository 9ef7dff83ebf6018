import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { OccurrencesTable, TasksTable } from '../schema';

export type TaskRow = Selectable<TasksTable>;
export type OccurrenceRow = Selectable<OccurrencesTable>;

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
