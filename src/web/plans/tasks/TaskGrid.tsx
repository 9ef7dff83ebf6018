import { useCallback, useMemo, useRef } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { TreeOption } from '../../organizations/OrganizationTreeSelect';
import { insertBelow, moveRow, removeRow, TASK_COLUMNS, type CellErrors, type TaskDraft } from './taskRows';
import type { RowCommand } from './gridKeys';
import { TaskGridRow, type RowHandlers } from './TaskGridRow';
import type { SavedDeadline } from './useDeadlineHint';
import { useGridKeyboard } from './useGridKeyboard';
import './task-grid.css';

type Props = {
  rows: TaskDraft[];
  onRowsChange: (update: (rows: TaskDraft[]) => TaskDraft[]) => void;
  year: number;
  saved: ReadonlyMap<string, SavedDeadline>;
  errors: CellErrors;
  options: TreeOption[];
};

const at = (rows: TaskDraft[], key: string) => rows.findIndex((r) => r.key === key);

/** The task table edited like a spreadsheet: one control per cell, moved between with the keyboard. */
export function TaskGrid({ rows, onRowsChange, year, saved, errors, options }: Props) {
  const t = useT();
  const onRowCommand = useCallback(
    (command: RowCommand, index: number) =>
      onRowsChange((current) => (command === 'insertBelow' ? insertBelow(current, index) : moveRow(current, index, command === 'moveRowUp' ? -1 : 1))),
    [onRowsChange],
  );
  const keyboard = useGridKeyboard(rows.length, TASK_COLUMNS.length, onRowCommand);
  const { focusLater } = keyboard;
  const latest = useRef(rows);
  latest.current = rows;

  const handlers = useMemo<RowHandlers>(
    () => ({
      change: (key, patch) => onRowsChange((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r))),
      insertBelow: (key) => {
        focusLater({ row: at(latest.current, key) + 1, col: 1 });
        onRowsChange((current) => insertBelow(current, at(current, key)));
      },
      move: (key, delta) => onRowsChange((current) => moveRow(current, at(current, key), delta)),
      remove: (key) => onRowsChange((current) => removeRow(current, at(current, key))),
    }),
    [onRowsChange, focusLater],
  );

  return (
    <div className="task-grid-wrap" ref={keyboard.ref} onKeyDownCapture={keyboard.onKeyDownCapture}>
      <table className="task-grid" aria-label={t('planTab.tasks', { n: rows.length })}>
        <colgroup>
          {TASK_COLUMNS.map((column) => (
            <col key={column} className={`task-col-${column}`} />
          ))}
          <col className="task-col-actions" />
        </colgroup>
        <thead>
          <tr>
            {TASK_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`taskGrid.column.${column}`)}
              </th>
            ))}
            <th scope="col" className="task-row-actions" aria-label={t('common.actions')} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <TaskGridRow
              key={row.key}
              row={row}
              index={index}
              last={index === rows.length - 1}
              year={year}
              saved={row.id ? saved.get(row.id) : undefined}
              errors={errors[index]}
              options={options}
              handlers={handlers}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
