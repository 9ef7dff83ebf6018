import { latenessOf, type OccurrenceStatus } from '../calendar';
import type { IsoDate } from '../schedule/schedule';
import { quarterOf } from '../schedule/calendar';

/**
 * Where work stands in one cell of the follow-up matrix (a department or a body × a quarter).
 * - `done`: accepted, on time or not (`doneLate` says how many of them were handed in late);
 * - `late`: still open past its due date;
 * - `due`: still open and not yet late: the work coming up;
 * - `notApplicable`: marked as not applying.
 * They add up to `total`.
 */
export type MatrixCell = { total: number; done: number; doneLate: number; late: number; due: number; notApplicable: number };

export type MatrixRow = { quarters: [MatrixCell, MatrixCell, MatrixCell, MatrixCell]; year: MatrixCell };

export type MatrixOccurrence = {
  /** The row it counts in: the department responsible, or the body whose plan it belongs to. */
  rowKey: string;
  due: IsoDate | null;
  status: OccurrenceStatus;
  submittedOn?: IsoDate | null;
  completedOn?: IsoDate | null;
};

export const emptyCell = (): MatrixCell => ({ total: 0, done: 0, doneLate: 0, late: 0, due: 0, notApplicable: 0 });

const emptyRow = (): MatrixRow => ({ quarters: [emptyCell(), emptyCell(), emptyCell(), emptyCell()], year: emptyCell() });

function count(cell: MatrixCell, o: MatrixOccurrence, today: IsoDate): void {
  const lateness = latenessOf(o, today);
  cell.total++;
  if (o.status === 'done') {
    cell.done++;
    if (lateness === 'finished_late') cell.doneLate++;
  } else if (o.status === 'not_applicable') cell.notApplicable++;
  else if (lateness === 'overdue') cell.late++;
  else cell.due++;
}

/**
 * Counts a year's work by row and by the quarter it falls due in. Work without a due date (on-request
 * tasks nobody has asked for yet) or due in another year has no quarter of this year and is left out.
 * Every key in `rowKeys` gets a row, so a department with nothing to do shows as such.
 */
export function quarterMatrix(occurrences: readonly MatrixOccurrence[], year: number, today: IsoDate, rowKeys: readonly string[] = []) {
  const rows = new Map<string, MatrixRow>(rowKeys.map((key) => [key, emptyRow()]));
  const totals = emptyRow();
  const prefix = `${year}-`;
  for (const o of occurrences) {
    if (!o.due?.startsWith(prefix)) continue;
    let row = rows.get(o.rowKey);
    if (!row) rows.set(o.rowKey, (row = emptyRow()));
    const q = quarterOf(o.due) - 1;
    for (const target of [row, totals]) {
      count(target.quarters[q]!, o, today);
      count(target.year, o, today);
    }
  }
  return { rows, totals };
}
