import { Card, Progress, Space, Statistic, Tag, Typography } from 'antd';
import type { PostingCountsDto } from '../../shared/schemas/procedures';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { percentText } from '../format/percent';

type Props = { counts: PostingCountsDto | undefined; targetPercent: number; on: string; filtered: boolean; loading: boolean };

/**
 * The posting KPI of what the registry's filters leave (SPEC §2.7): the share of procedures in force
 * posted at their current version. The numbers are the server's counts, never re-counted here.
 */
export function PostingKpi({ counts, targetPercent, on, filtered, loading }: Props) {
  const t = useT();
  const percent = counts?.percent ?? null;
  const met = percent !== null && percent >= targetPercent;
  return (
    <Card size="small" className="posting-kpi" loading={loading && !counts} role="region" aria-label={t('procedures.kpiTitle')}>
      <div className="posting-kpi-head">
        <Typography.Text strong>{t(filtered ? 'procedures.kpiTitleFiltered' : 'procedures.kpiTitle')}</Typography.Text>
        <Typography.Text type="secondary">{t('procedures.kpiOn', { date: formatDate(on) })}</Typography.Text>
      </div>
      {counts && (
        <div className="posting-kpi-body">
          <div className="posting-kpi-share">
            <Typography.Text className="posting-kpi-percent" data-testid="posting-kpi-percent">
              {percent === null ? t('procedures.kpiNone') : percentText(percent)}
            </Typography.Text>
            {percent !== null && (
              <>
                <Progress percent={percent} showInfo={false} size="small" strokeColor={met ? '#52c41a' : '#fa8c16'} aria-hidden />
                <Space size={4} wrap>
                  <Typography.Text type="secondary">{t('procedures.kpiTarget', { percent: targetPercent })}</Typography.Text>
                  <Tag color={met ? 'green' : 'orange'}>{t(met ? 'procedures.kpiMet' : 'procedures.kpiNotMet')}</Tag>
                </Space>
              </>
            )}
          </div>
          <Statistic title={t('procedures.kpiInForce')} value={counts.inForce} />
          <Statistic title={t('procedures.kpiPosted')} value={counts.posted} />
          <Statistic title={t('postingStanding.stale')} value={counts.stale} styles={counts.stale > 0 ? { content: { color: '#d46b08' } } : undefined} />
          <Statistic title={t('postingStanding.not_posted')} value={counts.notPosted} styles={counts.notPosted > 0 ? { content: { color: '#cf1322' } } : undefined} />
        </div>
      )}
    </Card>
  );
}
