import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TaskPageDto } from '../../shared/schemas/task-page';
import { useT } from '../i18n/I18nProvider';
import { outputKindLabel, PlanStateTag, reformAreaLabel } from '../plans/labels';

const orDash = (text: string | null | undefined) => (text && text.trim() ? text : '—');

/** What the task asks, as its plan's appendix states it: area, deadline read as a schedule, who, output, note. */
export function TaskFacts({ page }: { page: TaskPageDto }) {
  const t = useT();
  const { task, plan } = page;
  const schedule = task.schedule.understood ? task.schedule.description : t('taskPage.scheduleUnknown', { reason: task.schedule.reason ?? '' });
  return (
    <Card size="small" className="task-facts">
      <Typography.Title level={4} className="task-title">
        {task.title}
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }}>
        <Descriptions.Item label={t('taskPage.plan')} span={{ xs: 1, sm: 1, md: 2 }}>
          <Space wrap size={4}>
            <Link to={`/ke-hoach/${plan.id}`}>{`${plan.numberAndSymbol} — ${plan.title}`}</Link>
            <PlanStateTag state={plan.state} />
            <Typography.Text type="secondary">{plan.organization.name}</Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('taskPage.reformArea')}>{reformAreaLabel(t, task.reformArea)}</Descriptions.Item>
        <Descriptions.Item label={t('taskPage.deadline')}>
          <Space orientation="vertical" size={0}>
            <span>{orDash(task.deadlineText)}</span>
            <Typography.Text type={task.schedule.understood ? 'secondary' : 'warning'}>{`${t('taskPage.schedule')}: ${schedule}`}</Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('taskPage.lead')}>{orDash(task.lead?.name)}</Descriptions.Item>
        <Descriptions.Item label={t('taskPage.coordinators')}>{orDash(task.coordinators.map((c) => c.name ?? '?').join('; '))}</Descriptions.Item>
        <Descriptions.Item label={t('taskPage.output')}>
          {task.outputKind ? `${outputKindLabel(t, task.outputKind)}${task.outputText ? `: ${task.outputText}` : ''}` : orDash(task.outputText)}
        </Descriptions.Item>
        <Descriptions.Item label={t('taskPage.note')}>{orDash(task.note)}</Descriptions.Item>
      </Descriptions>
      {page.can.editInPlan && (
        <Link to={`/ke-hoach/${plan.id}`}>
          <Button icon={<EditOutlined />} className="task-edit">
            {t('taskPage.editInPlan')}
          </Button>
        </Link>
      )}
    </Card>
  );
}
