import { OCCURRENCE_STATUS_LABELS_VI as LABEL } from '../../shared/occurrence-statuses';
import type { OccurrenceStatus } from '../calendar';
import { settleWork } from './progress-rule';
import { progressProblemMessage, UPDATE_PROBLEM_MESSAGES } from './update-messages';
import { UNIT_SETTABLE_STATUSES, unitUpdateProblem, type UpdateProblem } from './updates';

/** The longest result note a department may record, as the form allows. */
export const MAX_NOTE_LENGTH = 5000;

/** One filled-in row of a workbook, already read into values; an absent value means "leave as it is". */
export type BulkRow = { row: number; occurrenceId: string; status?: OccurrenceStatus; progress?: number; note?: string };

export type WorkState = { status: OccurrenceStatus; progress: number; note: string | null };

/** An occurrence as it stands now, with whether this person may record work on it. */
export type CurrentOccurrence = WorkState & { id: string; taskTitle: string; detached: boolean; updatable: boolean; updatedAt: string };

export type BulkChange = { row: number; occurrenceId: string; taskTitle: string; updatedAt: string; before: WorkState; after: WorkState };

export type BulkProblemCode =
  | 'MISSING_ID'
  | 'UNKNOWN_STATUS'
  | 'PROGRESS_NOT_A_NUMBER'
  | 'PROGRESS_OUT_OF_RANGE'
  | 'NOTE_TOO_LONG'
  | 'UNKNOWN_OCCURRENCE'
  | 'NOT_YOURS'
  | 'DUPLICATE_ROW'
  | 'PROGRESS_CONTRADICTS_STATUS'
  | UpdateProblem;

export type BulkProblem = { row: number; occurrenceId: string | null; code: BulkProblemCode; message: string };

export type BulkPreview = { changes: BulkChange[]; problems: BulkProblem[]; unchanged: number };

const settable = UNIT_SETTABLE_STATUSES.map((s) => LABEL[s]).join(', ');

const MESSAGES: Record<BulkProblemCode, (detail: string) => string> = {
  MISSING_ID: () => 'Thiếu mã kỳ ở cột "Mã kỳ": hãy tải lại mẫu và giữ nguyên cột này.',
  UNKNOWN_STATUS: (text) => `Không hiểu trạng thái "${text}"; hãy chọn một trong: ${settable}.`,
  PROGRESS_NOT_A_NUMBER: (text) => `Tiến độ "${text}" không phải là số; hãy ghi số từ 0 đến 100.`,
  PROGRESS_OUT_OF_RANGE: (value) => `Tiến độ phải là số nguyên từ 0 đến 100 (đang ghi ${value}).`,
  NOTE_TOO_LONG: () => `Kết quả thực hiện dài quá ${MAX_NOTE_LENGTH.toLocaleString('vi-VN')} ký tự.`,
  UNKNOWN_OCCURRENCE: () => 'Không tìm thấy kỳ thực hiện có mã này: mã có thể đã bị sửa, hoặc kỳ không còn trong kế hoạch.',
  NOT_YOURS: () => 'Kỳ này không do khoa, phòng của bạn chủ trì hoặc phối hợp nên bạn không cập nhật được.',
  DUPLICATE_ROW: (rows) => `Kỳ này có ở nhiều dòng (${rows}); hãy chỉ giữ một dòng.`,
  PROGRESS_CONTRADICTS_STATUS: (message) => message,
  STATUS_RESERVED_FOR_REVIEW: () => UPDATE_PROBLEM_MESSAGES.STATUS_RESERVED_FOR_REVIEW,
  OCCURRENCE_CLOSED: () => UPDATE_PROBLEM_MESSAGES.OCCURRENCE_CLOSED,
  OCCURRENCE_DETACHED: () => UPDATE_PROBLEM_MESSAGES.OCCURRENCE_DETACHED,
};

/** A problem with one row, worded for the person who filled it in; `detail` is what they wrote. */
export function bulkProblem(row: number, occurrenceId: string | null, code: BulkProblemCode, detail = ''): BulkProblem {
  return { row, occurrenceId, code, message: MESSAGES[code](detail) };
}

const sameWork = (a: WorkState, b: WorkState) => a.status === b.status && a.progress === b.progress && a.note === b.note;

/**
 * What saving a filled-in workbook would do, row by row: a change, nothing, or the reason it cannot be
 * saved. The rules are the single-occurrence form's (`unitUpdateProblem`, `settleWork`), so a row is
 * refused exactly when the same update typed into the form would be. `readProblems` are rows the
 * reader could not make sense of; they are reported alongside, in row order.
 */
export function previewBulkUpdate(current: readonly CurrentOccurrence[], rows: readonly BulkRow[], readProblems: readonly BulkProblem[] = []): BulkPreview {
  const byId = new Map(current.map((o) => [o.id, o]));
  const rowsOf = new Map<string, number[]>();
  for (const r of rows) rowsOf.set(r.occurrenceId, [...(rowsOf.get(r.occurrenceId) ?? []), r.row]);

  const changes: BulkChange[] = [];
  const problems: BulkProblem[] = [...readProblems];
  let unchanged = 0;
  for (const r of rows) {
    const outcome = previewRow(r, byId.get(r.occurrenceId), rowsOf.get(r.occurrenceId) ?? []);
    if (outcome === 'unchanged') unchanged++;
    else if ('code' in outcome) problems.push(outcome);
    else changes.push(outcome);
  }
  problems.sort((a, b) => a.row - b.row);
  return { changes, problems, unchanged };
}

function previewRow(r: BulkRow, o: CurrentOccurrence | undefined, sameIdRows: number[]): BulkChange | BulkProblem | 'unchanged' {
  // Two rows for one occurrence: which one the person meant is their call, so neither is taken.
  if (sameIdRows.length > 1) return bulkProblem(r.row, r.occurrenceId, 'DUPLICATE_ROW', sameIdRows.join(', '));
  if (!o) return bulkProblem(r.row, r.occurrenceId, 'UNKNOWN_OCCURRENCE');
  if (!o.updatable) return bulkProblem(r.row, r.occurrenceId, 'NOT_YOURS');
  if (r.progress !== undefined && !(Number.isInteger(r.progress) && r.progress >= 0 && r.progress <= 100)) {
    return bulkProblem(r.row, r.occurrenceId, 'PROGRESS_OUT_OF_RANGE', String(r.progress));
  }
  if (r.note !== undefined && r.note.length > MAX_NOTE_LENGTH) return bulkProblem(r.row, r.occurrenceId, 'NOTE_TOO_LONG');

  // A row left as it was downloaded is no update, even on work that has since been closed.
  const asks = (r.status ?? o.status) !== o.status || (r.progress ?? o.progress) !== o.progress || (r.note ?? o.note) !== o.note;
  if (!asks) return 'unchanged';
  const problem = unitUpdateProblem({ status: o.status, detached: o.detached }, r.status);
  if (problem) return bulkProblem(r.row, r.occurrenceId, problem);
  const before: WorkState = { status: o.status, progress: o.progress, note: o.note };
  // A value left as downloaded is not asked for: the other column's change decides it, as in the form.
  const work = settleWork(before, { status: r.status === o.status ? undefined : r.status, progress: r.progress === o.progress ? undefined : r.progress });
  if (work.problem) return bulkProblem(r.row, r.occurrenceId, work.problem, progressProblemMessage(work));
  const after: WorkState = { status: work.status, progress: work.progress, note: r.note ?? o.note };
  if (sameWork(before, after)) return 'unchanged';
  return { row: r.row, occurrenceId: o.id, taskTitle: o.taskTitle, updatedAt: o.updatedAt, before, after };
}
