import { Card, Flex, Progress, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { OccurrenceActions } from './OccurrenceActions';
import type { OccurrenceDialog } from './useOccurrenceDialogs';

/** One period of work as a card on the board: task, unit, due date, lateness, progress and what one may do. */
export function OccurrenceCard({ occurrence: o, open }: { occurrence: OccurrenceDto; open: (dialog: OccurrenceDialog) => void }) {
  const t = useT();
  return (
    <Card size="small" className={`occurrence-card${o.lateness === 'overdue' ? ' occurrence-card-late' : ''}`} data-occurrence={o.id}>
      <Link to={`/ke-hoach/${o.planId}`} className="occurrence-card-task">
        {o.taskTitle}
      </Link>
      <Typography.Text type="secondary" className="occurrence-card-unit">
        {o.organization.name}
      </Typography.Text>
      <Flex justify="space-between" align="center" wrap gap={4}>
        <Space size={4} wrap>
          {o.due && <span>{t('work.dueOn', { date: formatDate(o.due) })}</span>}
          {o.lateness === 'overdue' && <Tag color="red">{t('work.late')}</Tag>}
          {o.lateness === 'finished_late' && <Tag color="orange">{t('work.finishedLate')}</Tag>}
        </Space>
        <Progress type="circle" percent={o.progress} size={28} />
      </Flex>
      <OccurrenceActions occurrence={o} open={open} className="occurrence-card-actions" />
    </Card>
  );
}
