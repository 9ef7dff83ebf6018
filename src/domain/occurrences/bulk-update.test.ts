import { describe, expect, it } from 'vitest';
import { bulkProblem, previewBulkUpdate, type CurrentOccurrence } from './bulk-update';

const occurrence = (id: string, over: Partial<CurrentOccurrence> = {}): CurrentOccurrence => ({
  id,
  taskTitle: `Nhiệm vụ ${id}`,
  status: 'in_progress',
  progress: 40,
  note: 'Đã đăng 02 tin',
  detached: false,
  updatable: true,
  updatedAt: '2026-05-01T02:00:00.000Z',
  ...over,
});

describe('previewing a bulk update from a workbook', () => {
  it('turns a filled-in row into a change showing before and after', () => {
    const preview = previewBulkUpdate([occurrence('a')], [{ row: 4, occurrenceId: 'a', status: 'submitted', progress: 100, note: 'Đã đăng 05 tin' }]);
    expect(preview).toEqual({
      changes: [
        {
          row: 4,
          occurrenceId: 'a',
          taskTitle: 'Nhiệm vụ a',
          updatedAt: '2026-05-01T02:00:00.000Z',
          before: { status: 'in_progress', progress: 40, note: 'Đã đăng 02 tin' },
          after: { status: 'submitted', progress: 100, note: 'Đã đăng 05 tin' },
        },
      ],
      problems: [],
      unchanged: 0,
    });
  });

  it('counts rows left as they were, or left empty, as unchanged', () => {
    const current = [occurrence('a'), occurrence('b'), occurrence('c', { status: 'not_started', progress: 0, note: null })];
    const rows = [
      { row: 4, occurrenceId: 'a', status: 'in_progress' as const, progress: 40, note: 'Đã đăng 02 tin' },
      { row: 5, occurrenceId: 'b' },
      { row: 6, occurrenceId: 'c', status: 'not_started' as const },
    ];
    expect(previewBulkUpdate(current, rows)).toEqual({ changes: [], problems: [], unchanged: 3 });
  });

  it('keeps the progress in step with the status the way the form does', () => {
    const current = [occurrence('a'), occurrence('b', { status: 'not_started', progress: 0 })];
    const { changes } = previewBulkUpdate(current, [
      { row: 4, occurrenceId: 'a', status: 'not_started' },
      { row: 5, occurrenceId: 'b', progress: 30 },
    ]);
    expect(changes.map((c) => [c.occurrenceId, c.after.status, c.after.progress])).toEqual([
      ['a', 'not_started', 0],
      ['b', 'in_progress', 30],
    ]);
  });

  it('refuses a status and a progress that contradict, naming both', () => {
    const preview = previewBulkUpdate([occurrence('a')], [{ row: 4, occurrenceId: 'a', status: 'not_started', progress: 60 }]);
    expect(preview.problems.map((p) => p.code)).toEqual(['PROGRESS_CONTRADICTS_STATUS']);
    expect(preview.problems[0]!.message).toBe('Trạng thái "Chưa thực hiện" đi với Tiến độ 0%, nhưng Tiến độ đang là 60%: hãy sửa Trạng thái hoặc Tiến độ.');
  });

  it('refuses each bad row with its reason, in row order, and still previews the good ones', () => {
    const current = [
      occurrence('mine'),
      occurrence('theirs', { updatable: false }),
      occurrence('closed', { status: 'done', progress: 100 }),
      occurrence('gone', { detached: true }),
      occurrence('review'),
      occurrence('range'),
      occurrence('long'),
      occurrence('twice'),
    ];
    const preview = previewBulkUpdate(current, [
      { row: 4, occurrenceId: 'mine', progress: 60 },
      { row: 5, occurrenceId: 'nobody-knows', progress: 10 },
      { row: 6, occurrenceId: 'theirs', progress: 10 },
      { row: 7, occurrenceId: 'closed', progress: 90 },
      { row: 8, occurrenceId: 'gone', progress: 90 },
      { row: 9, occurrenceId: 'review', status: 'done' },
      { row: 10, occurrenceId: 'range', progress: 120 },
      { row: 11, occurrenceId: 'range', progress: 12.5 },
      { row: 12, occurrenceId: 'long', note: 'x'.repeat(5001) },
      { row: 13, occurrenceId: 'twice', progress: 50 },
      { row: 15, occurrenceId: 'twice', progress: 70 },
    ], [bulkProblem(14, null, 'MISSING_ID')]);
    expect(preview.changes.map((c) => c.occurrenceId)).toEqual(['mine']);
    expect(preview.problems.map((p) => [p.row, p.code])).toEqual([
      [5, 'UNKNOWN_OCCURRENCE'],
      [6, 'NOT_YOURS'],
      [7, 'OCCURRENCE_CLOSED'],
      [8, 'OCCURRENCE_DETACHED'],
      [9, 'STATUS_RESERVED_FOR_REVIEW'],
      [10, 'DUPLICATE_ROW'],
      [11, 'DUPLICATE_ROW'],
      [12, 'NOTE_TOO_LONG'],
      [13, 'DUPLICATE_ROW'],
      [14, 'MISSING_ID'],
      [15, 'DUPLICATE_ROW'],
    ]);
    expect(preview.problems.find((p) => p.row === 13)!.message).toBe('Kỳ này có ở nhiều dòng (13, 15); hãy chỉ giữ một dòng.');
    expect(preview.problems.find((p) => p.row === 9)!.message).toContain('"Hoàn thành" do đầu mối CCHC xác nhận');
  });

  it('refuses progress outside 0–100 or not whole', () => {
    const preview = previewBulkUpdate([occurrence('a'), occurrence('b'), occurrence('c')], [
      { row: 4, occurrenceId: 'a', progress: -1 },
      { row: 5, occurrenceId: 'b', progress: 101 },
      { row: 6, occurrenceId: 'c', progress: 33.3 },
    ]);
    expect(preview.problems.map((p) => [p.code, p.message])).toEqual([
      ['PROGRESS_OUT_OF_RANGE', 'Tiến độ phải là số nguyên từ 0 đến 100 (đang ghi -1).'],
      ['PROGRESS_OUT_OF_RANGE', 'Tiến độ phải là số nguyên từ 0 đến 100 (đang ghi 101).'],
      ['PROGRESS_OUT_OF_RANGE', 'Tiến độ phải là số nguyên từ 0 đến 100 (đang ghi 33.3).'],
    ]);
  });

  it('leaves accepted work alone when its row was not changed', () => {
    const preview = previewBulkUpdate([occurrence('a', { status: 'done', progress: 100 })], [{ row: 4, occurrenceId: 'a', status: 'done', progress: 100, note: 'Đã đăng 02 tin' }]);
    expect(preview).toEqual({ changes: [], problems: [], unchanged: 1 });
  });
});
