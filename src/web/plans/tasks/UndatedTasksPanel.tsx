import { Alert, AutoComplete, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { PlanDetailDto } from '../../api/types';
import { errorMessage } from '../../forms/errors';
import { useT } from '../../i18n/I18nProvider';
import { useSavePlan } from '../queries';
import { draftsFromTasks, taskInputs, type TaskDraft } from './taskRows';
import { useDeadlineHint } from './useDeadlineHint';

type Task = PlanDetailDto['tasks'][number];

/** Tasks whose deadline is empty or not understood: they get a period nobody can be late for, so they are said aloud. */
const undatedTasks = (tasks: readonly Task[]): Task[] => tasks.filter((task) => !task.schedule.understood);

/** The deadline phrases a coordinator most often gives many rows at once. */
const suggestions = (year: number) => ['Thường xuyên', `Năm ${year}`, 'Hàng quý', `Quý IV năm ${year}`, `Trước 31/12/${year}`];

/**
 * Says how many tasks have no deadline and offers to give them all one schedule at once (the plan
 * is saved with those rows changed, the others untouched), read by the same deadline parser as the grid.
 */
export function UndatedTasksPanel({ plan, onApplied }: { plan: PlanDetailDto; onApplied?: (plan: PlanDetailDto) => void }) {
  const t = useT();
  const undated = undatedTasks(plan.tasks);
  const [text, setText] = useState('');
  const hint = useDeadlineHint(text, plan.year);
  const save = useSavePlan(plan.id, (rows: TaskDraft[]) => ({ tasks: taskInputs(rows) }), onApplied);
  if (undated.length === 0) return null;
  const ids = new Set(undated.map((task) => task.id));
  const apply = () => save.mutate(draftsFromTasks(plan.tasks).map((row) => (row.id && ids.has(row.id) ? { ...row, deadlineText: text.trim() } : row)));
  return (
    <Alert
      type="warning"
      showIcon
      title={t('undated.count', { count: undated.length })}
      description={
        plan.can.update ? (
          <Space orientation="vertical" className="full-width">
            <Typography.Text>{t('undated.offer')}</Typography.Text>
            <Space wrap>
              <AutoComplete
                aria-label={t('undated.schedule')}
                placeholder={t('undated.schedule')}
                style={{ minWidth: 240 }}
                value={text}
                onChange={setText}
                options={suggestions(plan.year).map((value) => ({ value }))}
              />
              <Button onClick={apply} disabled={hint.state !== 'understood'} loading={save.isPending}>
                {t('undated.apply', { count: undated.length })}
              </Button>
            </Space>
            {hint.text !== '' && <Typography.Text type={hint.state === 'understood' ? 'secondary' : 'danger'}>{hint.text}</Typography.Text>}
            {save.isError && <Typography.Text type="danger">{errorMessage(save.error, t)}</Typography.Text>}
          </Space>
        ) : (
          t('undated.askCoordinator')
        )
      }
    />
  );
}
