import { ApiError } from '../../api/client';
import { blankRow, blankTitles, cellErrors, insertBelow, moveRow, nextNumber, removeRow, renumber, taskInputs, type TaskDraft } from './taskRows';

const row = (number: string, title: string, extra: Partial<TaskDraft> = {}): TaskDraft => ({ ...blankRow(), number, title, ...extra });

describe('the task spreadsheet rows', () => {
  it('inserts a row below, numbered after the row above and in its reform area', () => {
    const rows = [row('2.3', 'A', { reformArea: 'procedures' }), row('2.4', 'B')];
    const next = insertBelow(rows, 0);
    expect(next.map((r) => r.number)).toEqual(['2.3', '2.4', '2.4']);
    expect(next[1]).toMatchObject({ title: '', reformArea: 'procedures', lead: null, coordinators: [] });
    expect(nextNumber('9')).toBe('10');
    expect(nextNumber('-')).toBe('');
  });

  it('moves, removes and renumbers rows, keeping each row its key', () => {
    const rows = [row('1', 'A'), row('2', 'B'), row('3', 'C')];
    const moved = moveRow(rows, 2, -1);
    expect(moved.map((r) => r.title)).toEqual(['A', 'C', 'B']);
    expect(moved[1]?.key).toBe(rows[2]?.key);
    expect(moveRow(rows, 0, -1).map((r) => r.title)).toEqual(['A', 'B', 'C']);
    expect(removeRow(rows, 1).map((r) => r.title)).toEqual(['A', 'C']);
    expect(renumber(moved).map((r) => r.number)).toEqual(['1', '2', '3']);
  });

  it('sends the whole table with ids kept and empty texts as null', () => {
    const [input] = taskInputs([row(' 1 ', ' Tổng kết ', { id: 't1', outputText: '  ', note: 'Kinh phí' })]);
    expect(input).toEqual({
      id: 't1',
      number: '1',
      title: 'Tổng kết',
      reformArea: 'other',
      lead: null,
      coordinators: [],
      deadlineText: '',
      outputText: null,
      outputKind: null,
      note: 'Kinh phí',
      weight: 1,
    });
  });

  it('puts the server’s field errors on their cells', () => {
    const error = new ApiError(400, 'ASSIGNEE_OUT_OF_PLAN', 'Đơn vị được giao phải thuộc đơn vị', [
      { field: 'tasks.3.lead', message: 'Không thuộc đơn vị' },
      { field: 'tasks.3.coordinators.1', message: 'Không thuộc đơn vị' },
      { field: 'title', message: 'ignored' },
    ]);
    expect(cellErrors(error)).toEqual({ 3: { lead: 'Không thuộc đơn vị', coordinators: 'Không thuộc đơn vị' } });
    expect(cellErrors(new Error('x'))).toEqual({});
  });

  it('marks rows with an empty task before sending', () => {
    expect(blankTitles([row('1', 'A'), row('2', '  ')], 'Nhập nhiệm vụ')).toEqual({ 1: { title: 'Nhập nhiệm vụ' } });
  });
});
