import type { ImportedTask } from '../../shared/schemas/plan-import';
import type { ImportProblem } from './problems';
import { splitCoordinators } from './coordinators';
import { isRomanNumeral } from './markers';
import { reformAreaOf } from './reform-area';
import { readDeadline } from './read-deadline';
import type { SourceLine } from './source-lines';
import { isRuleOrEmpty, tableCells } from './table-rows';
import { readHeader, type TaskColumn } from './task-columns';
import { isCapitals } from './text-shape';

type Row = Record<TaskColumn, string[]> & { line: number };

export type TaskTable = { tasks: ImportedTask[]; problems: ImportProblem[] };

/** The index of the first task table header among the lines, or -1. */
export function findTaskTable(lines: readonly SourceLine[]): number {
  return lines.findIndex((line) => {
    const cells = tableCells(line);
    return cells !== null && readHeader(cells) !== null;
  });
}

/**
 * Reads every task row of the appendix from `lines` (which start at a header row). Rows without a
 * number continue the row above, cell by cell (a cell's text broken over lines); a repeated header after
 * a page break is skipped; a row that only names a group ("I. CẢI CÁCH THỂ CHẾ") sets the reform area.
 */
export function readTaskTable(lines: readonly SourceLine[], year: number, fallbackArea: string | null): TaskTable {
  const rows: (Row & { area: string | null })[] = [];
  const problems: ImportProblem[] = [];
  let columns: (TaskColumn | null)[] | null = null;
  let area: string | null = null;

  for (const line of lines) {
    if (line.text === '') continue;
    const cells = tableCells(line);
    if (cells === null) {
      if (columns && isCapitals(line.text)) area = reformAreaOf(line.text) ?? area;
      continue;
    }
    const header = readHeader(cells);
    if (header) {
      columns = header;
      continue;
    }
    if (!columns || isRuleOrEmpty(cells)) continue;
    const row = rowOf(cells, columns, line.no);
    const group = groupName(row, cells);
    if (group !== null) {
      area = reformAreaOf(group);
      continue;
    }
    const previous = rows[rows.length - 1];
    if (row.number.length === 0 && previous) {
      for (const column of Object.keys(row) as (keyof Row)[]) {
        // A row sharing its number with the one above often names the same lead again: keep it once.
        if (column !== 'line') previous[column].push(...row[column].filter((part) => !previous[column].includes(part)));
      }
      continue;
    }
    rows.push({ ...row, area });
  }

  const tasks = rows.map((row) => {
    const { task, reason } = taskOf(row, year, row.area ?? fallbackArea);
    const name = task.number === null ? `Dòng ${row.line}` : `Nhiệm vụ ${task.number}`;
    if (task.task === '') problems.push({ field: 'tasks.task', message: `${name}: không đọc được nội dung nhiệm vụ.`, line: row.line });
    problems.push(...deadlineProblems(name, task.deadline, reason, row.line));
    return task;
  });
  return { tasks, problems };
}

function rowOf(cells: readonly string[], columns: readonly (TaskColumn | null)[], line: number): Row {
  const row: Row = { number: [], task: [], lead: [], coordinators: [], deadline: [], output: [], note: [], line };
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (column && cell !== '') row[column].push(cell);
  });
  return row;
}

/** A row naming a group: only one cell filled, or a Roman numeral with a heading in capitals and nothing else. */
function groupName(row: Row, cells: readonly string[]): string | null {
  const filled = cells.filter((cell) => cell !== '');
  const numeral = row.number[0] ?? '';
  const others = row.lead.length + row.coordinators.length + row.deadline.length + row.output.length;
  if (filled.length === 1) {
    const only = filled[0] ?? '';
    // A lone cell of ordinary text under an empty number is the rest of a broken cell, not a group.
    if (row.number.length === 0 && !isCapitals(only) && !/^[IVXL]+\s*[.)]\s/u.test(only)) return null;
    return only;
  }
  if ((isRomanNumeral(numeral) || /^[A-Z]$/u.test(numeral)) && others === 0) return row.task.join(' ');
  return null;
}

function taskOf(row: Row, year: number, area: string | null): { task: ImportedTask; reason: string | null } {
  const text = (column: TaskColumn) => {
    const joined = row[column].join(' ').replace(/\s+/g, ' ').trim();
    return joined === '' ? null : joined;
  };
  const deadline = text('deadline');
  const read = deadline === null ? null : readDeadline(deadline, year);
  const task = text('task') ?? '';
  return {
    task: {
      number: text('number')?.replace(/\.$/u, '') ?? null,
      task,
      lead: text('lead'),
      coordinators: splitCoordinators(joinLines(row.coordinators)),
      deadline,
      schedule: read?.schedule ?? null,
      output: text('output'),
      note: text('note'),
      reformArea: area ?? reformAreaOf(task),
      origin: 'table',
    },
    reason: read?.reason ?? null,
  };
}

/** A cell's lines: one that starts in lower case goes on with the line above ("Các khoa, phòng" / "trực thuộc"). */
function joinLines(parts: readonly string[]): string | null {
  if (parts.length === 0) return null;
  return parts.reduce((joined, part) => (/^\p{Ll}/u.test(part) ? `${joined} ${part}` : `${joined}\n${part}`));
}

/** What is wrong with a task's deadline as written, for whichever reader found the task (a table row, the plan's text). */
export function deadlineProblems(name: string, deadline: string | null, reason: string | null, line: number | null): ImportProblem[] {
  if (deadline === null) return [{ field: 'tasks.deadline', message: `${name}: chưa ghi thời hạn.`, line }];
  return reason === null ? [] : [{ field: 'tasks.deadline', message: `${name}: ${reason}`, line }];
}
