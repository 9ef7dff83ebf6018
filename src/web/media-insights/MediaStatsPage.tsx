import { Alert, Flex, Segmented, Select, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { formatDate } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { MediaAreaSwitch } from '../media/MediaAreaSwitch';
import { QUARTER_NUMERALS } from '../plans/labels';
import { recentYears } from '../plans/PlanFilters';
import { useMe } from '../session/MeContext';
import { useMediaStats, type StatsFilters } from './queries';
import { StatsChartCard } from './StatsChartCard';
import './media-insights.css';

type Scope = StatsFilters['scope'];

/** The period asked for: a whole year, or one of its quarters. */
export function periodOf(year: number, quarter: number): { from: string; to: string } {
  if (quarter < 1 || quarter > 4) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: `${year}-${String(first + 2).padStart(2, '0')}-${lastDay}` };
}

/** "Thống kê" (issue 5 point 6): published items and publications by channel, kind, month and body. */
export function MediaStatsPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam')) || new Date().getFullYear();
  const quarter = Number(params.get('quy')) || 0;
  const isDepartment = me.organization.kind === 'department_of_health';
  const scope: Scope = isDepartment && params.get('pham-vi') !== 'don-vi' ? 'children' : 'own';
  const period = periodOf(year, quarter);
  const base = { ...period, scope };
  const byChannel = useMediaStats({ ...base, groupBy: 'channel' });
  const byKind = useMediaStats({ ...base, groupBy: 'kind' });
  const byMonth = useMediaStats({ ...base, groupBy: 'month' });
  const byBody = useMediaStats({ ...base, groupBy: 'body' }, scope === 'children');
  const error = byChannel.error ?? byKind.error ?? byMonth.error;

  const go = (changes: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...changes }, { replace: true });

  return (
    <>
      <PageHeader title={byChannel.data ? `${t('mediaStats.pageTitle')} — ${byChannel.data.body.name}` : t('mediaStats.pageTitle')} />
      <MediaAreaSwitch />
      <Flex wrap gap="small" align="center" className="insights-filters">
        <Select
          aria-label={t('mediaStats.year')}
          value={year}
          style={{ width: 110 }}
          onChange={(next) => go({ nam: String(next) })}
          options={recentYears().map((y) => ({ value: y, label: `${t('mediaStats.year')} ${y}` }))}
        />
        <Segmented<number>
          aria-label={t('a11y.period')}
          value={quarter}
          onChange={(next) => go({ quy: String(next) })}
          options={[{ value: 0, label: t('mediaStats.wholeYear') }, ...QUARTER_NUMERALS.map((numeral, i) => ({ value: i + 1, label: t('mediaStats.quarter', { quarter: numeral }) }))]}
        />
        {isDepartment && (
          <Segmented<Scope>
            aria-label={t('a11y.scope')}
            value={scope}
            onChange={(next) => go({ 'pham-vi': next === 'own' ? 'don-vi' : 'truc-thuoc' })}
            options={[
              { value: 'children', label: t('mediaStats.scopeChildren') },
              { value: 'own', label: t('mediaStats.scopeOwn') },
            ]}
          />
        )}
        <Typography.Text type="secondary">{t('mediaStats.period', { from: formatDate(period.from), to: formatDate(period.to) })}</Typography.Text>
      </Flex>
      {error && <Alert type="error" showIcon className="form-alert" title={errorMessage(error, t)} />}
      {byChannel.data && (
        <Typography.Paragraph>
          <span className="insights-total">{t('mediaStats.totalLine', { items: byChannel.data.total.items, published: byChannel.data.total.published })}</span>
          <br />
          <Typography.Text type="secondary">{t('mediaStats.explain')}</Typography.Text>
        </Typography.Paragraph>
      )}
      <div className="insights-charts">
        <StatsChartCard title={t('mediaStats.byChannel')} stats={byChannel.data} loading={byChannel.isFetching} horizontal />
        <StatsChartCard title={t('mediaStats.byKind')} stats={byKind.data} loading={byKind.isFetching} horizontal />
        <StatsChartCard title={t('mediaStats.byMonth')} stats={byMonth.data} loading={byMonth.isFetching} type="line" />
        {scope === 'children' && <StatsChartCard title={t('mediaStats.byBody')} stats={byBody.data} loading={byBody.isFetching} horizontal />}
      </div>
    </>
  );
}
