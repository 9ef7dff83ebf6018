import { Input, Select } from 'antd';
import { memo, type ReactNode } from 'react';
import { OUTPUT_KINDS, REFORM_AREAS } from '../../../shared/plan-vocabulary';
import { RowButtons } from '../../forms/RowButtons';
import { useT } from '../../i18n/I18nProvider';
import type { TreeOption } from '../../organizations/OrganizationTreeSelect';
import { AssigneeSelect } from '../AssigneeSelect';
import { outputKindLabel, reformAreaLabel } from '../labels';
import { DeadlineNote } from './DeadlineNote';
import { TASK_COLUMNS, type TaskColumn, type TaskDraft } from './taskRows';
import { useDeadlineHint, type SavedDeadline } from './useDeadlineHint';

export type RowHandlers = {
  change: (key: string, patch: Partial<TaskDraft>) => void;
  insertBelow: (key: string) => void;
  move: (key: string, delta: -1 | 1) => void;
  remove: (key: string) => void;
};

type Props = {
  row: TaskDraft;
  index: number;
  last: boolean;
  year: number;
  saved?: SavedDeadline;
  errors?: Partial<Record<TaskColumn, string>>;
  options: TreeOption[];
  handlers: RowHandlers;
};

const col = (column: TaskColumn) => TASK_COLUMNS.indexOf(column);

function Cell({ index, column, error, children }: { index: number; column: TaskColumn; error?: string; children: ReactNode }) {
  return (
    <td data-cell={`${index}:${col(column)}`} className={error !== undefined ? 'task-cell task-cell-error' : 'task-cell'}>
      {children}
      {error && <div className="task-cell-message">{error}</div>}
    </td>
  );
}

/** One task as a row of editable cells; kept apart so typing in one row does not redraw the others. */
export const TaskGridRow = memo(function TaskGridRow({ row, index, last, year, saved, errors = {}, options, handlers }: Props) {
  const t = useT();
  const hint = useDeadlineHint(row.deadlineText, year, saved);
  const set = (patch: Partial<TaskDraft>) => handlers.change(row.key, patch);
  const status = (column: TaskColumn) => (errors[column] !== undefined ? ('error' as const) : undefined);
  const label = (column: TaskColumn) => `${t(`taskGrid.column.${column}`)} ${index + 1}`;
  const lines = (column: 'title' | 'note' | 'outputText') => (
    <Input.TextArea variant="borderless" autoSize={{ minRows: 1, maxRows: 10 }} value={row[column]} status={status(column)} aria-label={label(column)} onChange={(e) => set({ [column]: e.target.value })} />
  );

  return (
    <tr className="task-row">
      <Cell index={index} column="number" error={errors.number}>
        <Input variant="borderless" value={row.number} status={status('number')} aria-label={label('number')} onChange={(e) => set({ number: e.target.value })} />
      </Cell>
      <Cell index={index} column="title" error={errors.title}>
        {lines('title')}
      </Cell>
      <Cell index={index} column="reformArea" error={errors.reformArea}>
        <Select
          variant="borderless"
          className="full-width"
          popupMatchSelectWidth={false}
          aria-label={label('reformArea')}
          value={row.reformArea}
          onChange={(reformArea) => set({ reformArea })}
          options={REFORM_AREAS.map((area) => ({ value: area, label: reformAreaLabel(t, area) }))}
        />
      </Cell>
      <Cell index={index} column="lead" error={errors.lead}>
        <AssigneeSelect options={options} value={row.lead} status={status('lead')} aria-label={label('lead')} onChange={(lead) => set({ lead })} />
      </Cell>
      <Cell index={index} column="coordinators" error={errors.coordinators}>
        <AssigneeSelect multiple options={options} value={row.coordinators} status={status('coordinators')} aria-label={label('coordinators')} onChange={(coordinators) => set({ coordinators })} />
      </Cell>
      <Cell index={index} column="deadlineText" error={errors.deadlineText}>
        <Input variant="borderless" value={row.deadlineText} status={status('deadlineText')} aria-label={label('deadlineText')} onChange={(e) => set({ deadlineText: e.target.value })} />
        <DeadlineNote hint={hint} />
      </Cell>
      <Cell index={index} column="outputText" error={errors.outputText}>
        {lines('outputText')}
      </Cell>
      <Cell index={index} column="outputKind" error={errors.outputKind}>
        <Select
          variant="borderless"
          className="full-width"
          allowClear
          popupMatchSelectWidth={false}
          aria-label={label('outputKind')}
          value={row.outputKind}
          onChange={(outputKind) => set({ outputKind: outputKind ?? null })}
          options={OUTPUT_KINDS.map((kind) => ({ value: kind, label: outputKindLabel(t, kind) }))}
        />
      </Cell>
      <Cell index={index} column="note" error={errors.note}>
        {lines('note')}
      </Cell>
      <td className="task-row-actions">
        <RowButtons
          label={t('taskGrid.rowN', { n: index + 1 })}
          onInsertBelow={() => handlers.insertBelow(row.key)}
          onUp={index > 0 ? () => handlers.move(row.key, -1) : undefined}
          onDown={!last ? () => handlers.move(row.key, 1) : undefined}
          onDelete={() => handlers.remove(row.key)}
        />
      </td>
    </tr>
  );
});
