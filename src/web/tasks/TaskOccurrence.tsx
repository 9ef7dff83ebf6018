import { Card, Collapse, Flex, Progress, Space, Tag, Typography } from 'antd';
import type { TaskPageDto } from '../../shared/schemas/task-page';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { EvidenceList } from '../work/EvidenceList';
import { LatenessTag, OccurrenceStatusTag } from '../work/labels';
import { OccurrenceActions } from '../work/OccurrenceActions';
import { OccurrenceComment } from '../work/OccurrenceComment';
import { OccurrenceHistory } from '../work/OccurrenceHistory';
import type { OccurrenceDialog } from '../work/useOccurrenceDialogs';

type Occurrence = TaskPageDto['occurrences'][number];

/** One period of the task for one unit: where it stands, its result, evidence and history, and what one may do. */
export function TaskOccurrence({ occurrence: o, open, focused = false }: { occurrence: Occurrence; open: (dialog: OccurrenceDialog) => void; focused?: boolean }) {
  const t = useT();
  const period = o.start || o.end ? `${formatDate(o.start)}–${formatDate(o.end)}` : null;
  return (
    <Card size="small" className={`task-occurrence${o.lateness === 'overdue' ? ' occurrence-card-late' : ''}${focused ? ' task-occurrence-focused' : ''}`} data-occurrence={o.id}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Space orientation="vertical" size={2} className="task-occurrence-head">
          <Typography.Text strong>{o.organization.name}</Typography.Text>
          <Space size={4} wrap>
            {period && <Typography.Text type="secondary">{period}</Typography.Text>}
            {o.due && <span>{t('taskPage.dueOn', { date: formatDate(o.due) })}</span>}
            <OccurrenceStatusTag status={o.status} />
            <LatenessTag lateness={o.lateness} />
            {o.detached && <Tag>{t('taskPage.detached')}</Tag>}
          </Space>
          {(o.submittedOn || o.completedOn) && (
            <Space size={8} wrap>
              {o.submittedOn && <Typography.Text type="secondary">{t('taskPage.submittedOn', { date: formatDate(o.submittedOn) })}</Typography.Text>}
              {o.completedOn && <Typography.Text type="secondary">{t('taskPage.completedOn', { date: formatDate(o.completedOn) })}</Typography.Text>}
            </Space>
          )}
        </Space>
        <OccurrenceActions occurrence={o} open={open} className="task-occurrence-actions" />
      </Flex>
      <Progress percent={o.progress} size="small" />
      <div className="task-occurrence-section">
        <Typography.Text type="secondary">{t('taskPage.result')}: </Typography.Text>
        {o.note ? <span className="pre-wrap">{o.note}</span> : <Typography.Text type="secondary">{t('work.noResult')}</Typography.Text>}
      </div>
      <div className="task-occurrence-section">
        <Typography.Text type="secondary">{t('work.evidence')}: </Typography.Text>
        <EvidenceList items={o.evidence} />
      </div>
      <Collapse
        size="small"
        ghost
        items={[{ key: 'history', label: `${t('work.history')} (${o.history.length})`, children: <OccurrenceHistory events={o.history} /> }]}
      />
      {o.can.comment && <OccurrenceComment occurrenceId={o.id} />}
    </Card>
  );
}
