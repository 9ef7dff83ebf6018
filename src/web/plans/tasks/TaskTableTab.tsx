import { PlusOutlined, SaveOutlined, UndoOutlined, OrderedListOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { PlanDetailDto } from '../../api/types';
import { errorMessage } from '../../forms/errors';
import { useUnsavedWarning } from '../../forms/useUnsavedWarning';
import { useT } from '../../i18n/I18nProvider';
import { useSavePlan } from '../queries';
import type { AssigneeDirectory } from '../useAssigneeDirectory';
import { TaskGrid } from './TaskGrid';
import { UndatedTasksPanel } from './UndatedTasksPanel';
import { TaskReadOnlyTable } from './TaskReadOnlyTable';
import { blankRow, blankTitles, cellErrors, draftsFromTasks, renumber, taskInputs, type CellErrors, type TaskDraft } from './taskRows';
import { distinctDues, type SavedDeadline } from './useDeadlineHint';

type Props = { plan: PlanDetailDto; directory: AssigneeDirectory };

/** "Phụ lục phân công nhiệm vụ": the whole table is edited here and saved at once. */
export function TaskTableTab({ plan, directory }: Props) {
  const t = useT();
  const initial = useMemo(() => draftsFromTasks(plan.tasks), [plan.tasks]);
  const saved = useMemo(() => new Map<string, SavedDeadline>(plan.tasks.map((task) => [task.id, { text: task.deadlineText, schedule: task.schedule, dues: distinctDues(task.occurrences) }])), [plan.tasks]);
  const [rows, setRows] = useState<TaskDraft[]>(initial);
  const save = useSavePlan(plan.id, (table: TaskDraft[]) => ({ tasks: taskInputs(table) }));
  const dirty = useMemo(() => JSON.stringify(taskInputs(rows)) !== JSON.stringify(taskInputs(initial)), [rows, initial]);
  const [blank, setBlank] = useState<CellErrors>({});
  const errors = useMemo(() => ({ ...cellErrors(save.error), ...blank }), [save.error, blank]);
  useUnsavedWarning(dirty);

  const submit = () => {
    const missing = blankTitles(rows, t('taskGrid.titleRequired'));
    setBlank(missing);
    if (Object.keys(missing).length === 0) save.mutate(rows);
  };

  if (!plan.can.update) {
    return (
      <Space orientation="vertical" className="full-width">
        {plan.state === 'submitted' && <Alert type="info" showIcon title={t('planEdit.awaitingApproval')} />}
        <UndatedTasksPanel plan={plan} />
        <TaskReadOnlyTable tasks={plan.tasks} directory={directory} />
      </Space>
    );
  }

  return (
    <Space orientation="vertical" className="full-width">
      {(plan.state === 'issued' || plan.state === 'closed') && <Alert type="warning" showIcon title={t('planEdit.newVersion')} />}
      {!dirty && <UndatedTasksPanel plan={plan} onApplied={(saved) => setRows(draftsFromTasks(saved.tasks))} />}
      <div className="tab-toolbar">
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setRows((current) => [...current, blankRow(current.at(-1))])}>
            {t('taskGrid.addRow')}
          </Button>
          <Button icon={<OrderedListOutlined />} onClick={() => setRows(renumber)} disabled={rows.length === 0}>
            {t('taskGrid.renumber')}
          </Button>
        </Space>
        <Space wrap>
          {dirty ? <Tag color="orange">{t('planEdit.unsaved')}</Tag> : <Tag color="green">{t('planEdit.saved')}</Tag>}
          <Button icon={<UndoOutlined />} disabled={!dirty || save.isPending} onClick={() => setRows(initial)}>
            {t('planEdit.undo')}
          </Button>
          <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => submit()}>
            {t('taskGrid.save')}
          </Button>
        </Space>
      </div>
      {save.isError && <Alert type="error" showIcon title={errorMessage(save.error, t)} />}
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('taskGrid.none')}</Typography.Text>
      ) : (
        <TaskGrid rows={rows} onRowsChange={setRows} year={plan.year} saved={saved} errors={errors} options={directory.options} />
      )}
      <Typography.Text type="secondary" className="task-grid-help">
        {t('taskGrid.keysHelp')}
      </Typography.Text>
    </Space>
  );
}
