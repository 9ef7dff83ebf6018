import { Card, Flex, Progress, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { taskPath } from '../tasks/queries';
import { LatenessTag, OccurrenceStatusTag } from './labels';
import { OccurrenceActions } from './OccurrenceActions';
import type { OccurrenceDialog } from './useOccurrenceDialogs';

type Props = {
  occurrence: OccurrenceDto;
  open: (dialog: OccurrenceDialog) => void;
  /** The list on a phone shows it; the board's column already says it. */
  showStatus?: boolean;
};

/** One period of work as a card (the board, and the list on a phone): task, plan, unit, due date, lateness, progress and what one may do. */
export function OccurrenceCard({ occurrence: o, open, showStatus = false }: Props) {
  const t = useT();
  return (
    <Card size="small" className={`occurrence-card${o.lateness === 'overdue' ? ' occurrence-card-late' : ''}`} data-occurrence={o.id}>
      <Link to={taskPath(o.taskId)} className="occurrence-card-task">
        {o.taskTitle}
      </Link>
      <Link to={`/ke-hoach/${o.planId}`} className="occurrence-card-plan">
        {`${t('work.plan')} ${o.plan.numberAndSymbol}`}
      </Link>
      <Typography.Text type="secondary" className="occurrence-card-unit">
        {o.organization.name}
      </Typography.Text>
      <Flex justify="space-between" align="center" wrap gap={4}>
        <Space size={4} wrap>
          {showStatus && <OccurrenceStatusTag status={o.status} />}
          {o.due && <span>{t('work.dueOn', { date: formatDate(o.due) })}</span>}
          <LatenessTag lateness={o.lateness} />
        </Space>
        <Progress type="circle" percent={o.progress} size={36} aria-label={`${t('work.progress')} ${o.progress}%`} />
      </Flex>
      <OccurrenceActions occurrence={o} open={open} className="occurrence-card-actions" />
    </Card>
  );
}
