import type { OccurrenceStatus } from '../calendar';
import type { IsoDate } from '../schedule/schedule';
import { quarterOf } from '../schedule/calendar';
import { addToTally, emptyTally, standingOf, type WorkTally } from './standing';

/**
 * Where work stands in one cell of the follow-up matrix (a department or a body × a quarter), read
 * by the one rule of `standing.ts`. Undated work has no quarter: it counts in the year cell only.
 */
export type MatrixCell = WorkTally;

export type MatrixRow = { quarters: [MatrixCell, MatrixCell, MatrixCell, MatrixCell]; year: MatrixCell };

export type MatrixOccurrence = {
  /** The row it counts in: the department responsible, or the body that answers for it. */
  rowKey: string;
  due: IsoDate | null;
  status: OccurrenceStatus;
  submittedOn?: IsoDate | null;
  completedOn?: IsoDate | null;
};

const emptyRow = (): MatrixRow => ({ quarters: [emptyTally(), emptyTally(), emptyTally(), emptyTally()], year: emptyTally() });

/**
 * Counts a year's work by row and by the quarter it falls due in. The caller gives the year's work
 * (counted by `counted-work.ts`); work due in another year is left out, undated work counts in the
 * year only. Every key in `rowKeys` gets a row, so a department with nothing to do shows as such.
 */
export function quarterMatrix(occurrences: readonly MatrixOccurrence[], year: number, today: IsoDate, rowKeys: readonly string[] = []) {
  const rows = new Map<string, MatrixRow>(rowKeys.map((key) => [key, emptyRow()]));
  const totals = emptyRow();
  const prefix = `${year}-`;
  for (const o of occurrences) {
    if (o.due !== null && !o.due.startsWith(prefix)) continue;
    let row = rows.get(o.rowKey);
    if (!row) rows.set(o.rowKey, (row = emptyRow()));
    const standing = standingOf(o, today);
    for (const target of [row, totals]) {
      if (o.due !== null) addToTally(target.quarters[quarterOf(o.due) - 1]!, standing);
      addToTally(target.year, standing);
    }
  }
  return { rows, totals };
}
