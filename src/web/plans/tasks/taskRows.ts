import type { z } from 'zod';
import type { OutputKind, ReformArea } from '../../../shared/plan-vocabulary';
import type { taskRowInputSchema } from '../../../shared/schemas/plans-api';
import { ApiError } from '../../api/client';
import type { AssigneeRef, TaskDto } from '../../api/types';

export type TaskRowInput = z.input<typeof taskRowInputSchema>;

/** A row of the spreadsheet as being edited; `key` stays with the row when it moves. */
export type TaskDraft = {
  key: string;
  id?: string;
  number: string;
  title: string;
  reformArea: ReformArea;
  lead: AssigneeRef | null;
  coordinators: AssigneeRef[];
  deadlineText: string;
  outputText: string;
  outputKind: OutputKind | null;
  note: string;
  weight: number;
};

/** The editable columns, in the order the cursor moves through them. */
export const TASK_COLUMNS = ['number', 'title', 'reformArea', 'lead', 'coordinators', 'deadlineText', 'outputText', 'outputKind', 'note'] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

let counter = 0;
const newKey = () => `new-${++counter}`;

export function draftsFromTasks(tasks: readonly TaskDto[]): TaskDraft[] {
  return tasks.map((task) => ({
    key: task.id,
    id: task.id,
    number: task.number,
    title: task.title,
    reformArea: task.reformArea,
    lead: task.lead,
    coordinators: task.coordinators,
    deadlineText: task.deadlineText,
    outputText: task.outputText ?? '',
    outputKind: task.outputKind,
    note: task.note ?? '',
    weight: task.weight,
  }));
}

/** The whole table as PATCH /api/plans/:id wants it, in display order. */
export function taskInputs(rows: readonly TaskDraft[]): TaskRowInput[] {
  return rows.map((row) => ({
    id: row.id,
    number: row.number.trim(),
    title: row.title.trim(),
    reformArea: row.reformArea,
    lead: row.lead,
    coordinators: row.coordinators,
    deadlineText: row.deadlineText.trim(),
    outputText: row.outputText.trim() || null,
    outputKind: row.outputKind,
    note: row.note.trim() || null,
    weight: row.weight,
  }));
}

/** "2" after "1", "2.4" after "2.3"; blank when the row above has no number to follow. */
export function nextNumber(number: string | undefined): string {
  const match = /^(.*?)(\d+)$/.exec(number?.trim() ?? '');
  return match ? `${match[1]}${Number(match[2]) + 1}` : '';
}

/** A new row under `above`, in the same reform area and numbered after it. */
export function blankRow(above?: TaskDraft): TaskDraft {
  return {
    key: newKey(),
    number: above ? nextNumber(above.number) : '1',
    title: '',
    reformArea: above?.reformArea ?? 'other',
    lead: null,
    coordinators: [],
    deadlineText: '',
    outputText: '',
    outputKind: null,
    note: '',
    weight: 1,
  };
}

export function insertBelow(rows: readonly TaskDraft[], index: number): TaskDraft[] {
  return [...rows.slice(0, index + 1), blankRow(rows[index]), ...rows.slice(index + 1)];
}

export function moveRow(rows: readonly TaskDraft[], index: number, delta: -1 | 1): TaskDraft[] {
  const to = index + delta;
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export const removeRow = (rows: readonly TaskDraft[], index: number) => rows.filter((_, i) => i !== index);

/** 1, 2, 3 … down the table, for a table whose rows were moved around. */
export const renumber = (rows: readonly TaskDraft[]) => rows.map((row, i) => ({ ...row, number: String(i + 1) }));

export type CellErrors = Record<number, Partial<Record<TaskColumn, string>>>;

/** The server names a bad cell "tasks.3.lead" or "tasks.3.coordinators.1": row 3's lead, row 3's coordinators. */
export function cellErrors(error: unknown): CellErrors {
  const out: CellErrors = {};
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return out;
  for (const detail of error.details as { field?: unknown; message?: unknown }[]) {
    const match = typeof detail.field === 'string' ? /^tasks\.(\d+)\.(\w+)/.exec(detail.field) : null;
    const column = match?.[2] as TaskColumn | undefined;
    if (!match || !column || !(TASK_COLUMNS as readonly string[]).includes(column)) continue;
    const row = Number(match[1]);
    out[row] = { ...out[row], [column]: typeof detail.message === 'string' ? detail.message : '' };
  }
  return out;
}

/** Rows whose task is left empty, which the server would refuse: marked before anything is sent. */
export function blankTitles(rows: readonly TaskDraft[], message: string): CellErrors {
  return Object.fromEntries(rows.flatMap((row, i) => (row.title.trim() ? [] : [[i, { title: message }]])));
}
