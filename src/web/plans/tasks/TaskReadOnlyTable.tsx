import { Table } from 'antd';
import type { TaskDto } from '../../api/types';
import { useT } from '../../i18n/I18nProvider';
import { outputKindLabel, reformAreaLabel } from '../labels';
import type { AssigneeDirectory } from '../useAssigneeDirectory';
import { DeadlineNote } from './DeadlineNote';
import type { TaskColumn } from './taskRows';
import { distinctDues, hintFromSchedule } from './useDeadlineHint';

type Props = { tasks: TaskDto[]; directory: AssigneeDirectory };

/** The task table for those who may read the plan but not change it now. */
export function TaskReadOnlyTable({ tasks, directory }: Props) {
  const t = useT();
  const column = (key: TaskColumn) => t(`taskGrid.column.${key}`);
  return (
    <Table<TaskDto>
      rowKey="id"
      size="small"
      bordered
      dataSource={tasks}
      pagination={false}
      scroll={{ x: 1300 }}
      locale={{ emptyText: t('taskGrid.none') }}
      columns={[
        { key: 'number', title: column('number'), dataIndex: 'number', width: 64 },
        { key: 'title', title: column('title'), dataIndex: 'title', width: 360 },
        { key: 'reformArea', title: column('reformArea'), width: 160, render: (_, task) => reformAreaLabel(t, task.reformArea) },
        { key: 'lead', title: column('lead'), width: 180, render: (_, task) => (task.lead ? directory.nameOf(task.lead) : '') },
        { key: 'coordinators', title: column('coordinators'), width: 180, render: (_, task) => task.coordinators.map(directory.nameOf).join('; ') },
        {
          key: 'deadlineText',
          title: column('deadlineText'),
          width: 200,
          render: (_, task) => (
            <>
              {task.deadlineText}
              {task.deadlineText && (
                <DeadlineNote hint={hintFromSchedule(task.schedule, distinctDues(task.occurrences))} />
              )}
            </>
          ),
        },
        { key: 'output', title: column('outputText'), width: 200, render: (_, task) => [task.outputText, task.outputKind && `(${outputKindLabel(t, task.outputKind)})`].filter(Boolean).join(' ') },
        { key: 'note', title: column('note'), dataIndex: 'note', width: 160 },
      ]}
    />
  );
}
