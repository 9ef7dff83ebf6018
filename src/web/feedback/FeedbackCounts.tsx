import { Card, Statistic, Typography } from 'antd';
import type { FeedbackCountsDto } from '../api/types';
import { percentText } from '../format/percent';
import { useT } from '../i18n/I18nProvider';

/** The list answer's counts in one row: received, answered, overdue, and the on-time share of what fell due. The server counts; nothing is re-counted here. */
export function FeedbackCounts({ counts, loading }: { counts: FeedbackCountsDto | undefined; loading: boolean }) {
  const t = useT();
  return (
    <Card size="small" className="feedback-counts" loading={loading && !counts} role="region" aria-label={t('feedback.countsLabel')}>
      {counts && (
        <div className="feedback-counts-body">
          <Statistic title={t('feedback.countReceived')} value={counts.received} />
          <Statistic title={t('feedback.countAnswered')} value={counts.answered} />
          <Statistic title={t('feedback.countOpen')} value={counts.open} />
          <Statistic title={t('feedback.countOverdue')} value={counts.overdue} styles={counts.overdue > 0 ? { content: { color: '#cf1322' } } : undefined} />
          <div className="feedback-counts-share">
            <Typography.Text type="secondary">{t('feedback.countOnTime')}</Typography.Text>
            <Typography.Text className="feedback-counts-percent" data-testid="feedback-on-time">
              {counts.onTimePercent === null ? '—' : percentText(counts.onTimePercent)}
            </Typography.Text>
            <Typography.Text type="secondary" className="feedback-meta">
              {counts.due > 0 ? t('feedback.onTimeOf', { onTime: counts.onTime, due: counts.due }) : t('feedback.noneDue')}
            </Typography.Text>
          </div>
        </div>
      )}
    </Card>
  );
}
