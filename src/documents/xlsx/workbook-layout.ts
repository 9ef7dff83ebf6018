import type { WorkerLimits } from '../worker/capped-worker';
import { foldText } from '../../shared/fold';

/** The sheet a department fills in; the reader also finds the table on any other sheet name. */
export const SHEET_NAME = 'Cập nhật kết quả';

/** Rows above the table: the title, then how to fill it in. */
export const TITLE_ROW = 1;
export const HINT_ROW = 2;
export const HEADER_ROW = 3;

/** The largest workbook read: a department's open work is a few hundred rows at most. */
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;
/** A department's 1 000 rows unpack to well under 1 MB; past this it is not a sheet we wrote. */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 500;
export const MAX_WORKBOOK_ROWS = 1000;
/**
 * What the thread that loads a workbook may hand back: ten times the cells of a full sheet (1 000 rows of
 * nine columns) and their text. Past it the file is refused as having too many rows.
 */
export const MAX_GRID_CELLS = 100_000;
export const MAX_GRID_CHARS = 8_000_000;
/** The thread that loads a workbook: a department's sheet loads in well under a second. */
export const WORKBOOK_WORKER_LIMITS: WorkerLimits = { heapMb: 256, timeLimitMs: 15_000 };

export type ColumnKey = 'index' | 'id' | 'task' | 'plan' | 'period' | 'due' | 'status' | 'progress' | 'note';

export type Column = { key: ColumnKey; header: string; width: number; editable: boolean };

export const COLUMNS: readonly Column[] = [
  { key: 'index', header: 'STT', width: 6, editable: false },
  // Narrow rather than hidden: the code travels with the row when people sort or copy rows elsewhere.
  { key: 'id', header: 'Mã kỳ', width: 10, editable: false },
  { key: 'task', header: 'Nhiệm vụ', width: 55, editable: false },
  { key: 'plan', header: 'Kế hoạch', width: 32, editable: false },
  { key: 'period', header: 'Kỳ', width: 24, editable: false },
  { key: 'due', header: 'Hạn', width: 12, editable: false },
  { key: 'status', header: 'Trạng thái', width: 18, editable: true },
  { key: 'progress', header: 'Tiến độ (%)', width: 12, editable: true },
  { key: 'note', header: 'Kết quả thực hiện', width: 55, editable: true },
];

/** Which column a header cell names, however it was retyped: "ma ky", "TRẠNG THÁI", "Tiến độ". */
export function columnNamed(text: string): ColumnKey | null {
  const folded = foldText(text).replace(/\(.*\)/g, '').trim();
  if (!folded) return null;
  const found = COLUMNS.find((c) => foldText(c.header).replace(/\(.*\)/g, '').trim() === folded);
  return found?.key ?? null;
}
