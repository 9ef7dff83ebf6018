import { Card, Skeleton, Table } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import type { MediaStatsDto } from '../../shared/schemas/media-insights';
import type { EChartOption } from '../charts/EChart';
import { useT, type Translate } from '../i18n/I18nProvider';

// ECharts comes with the first chart, not with the rest of the app.
const EChart = lazy(() => import('../charts/EChart').then((m) => ({ default: m.EChart })));

type Row = MediaStatsDto['rows'][number];

function chartOption(t: Translate, rows: Row[], type: 'bar' | 'line', horizontal: boolean): EChartOption {
  // Months read "03/2026" on the axis: the full "Tháng 03/2026" of twelve months would overlap.
  const labels = rows.map((r) => (type === 'line' ? `${r.key.slice(5, 7)}/${r.key.slice(0, 4)}` : r.label));
  const category = { type: 'category', data: labels, axisLabel: horizontal ? { width: 170, overflow: 'truncate', interval: 0 } : { hideOverlap: true } };
  const value = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      { name: t('mediaStats.items'), type, data: rows.map((r) => r.items) },
      { name: t('mediaStats.published'), type, data: rows.map((r) => r.published) },
    ],
  };
}

/** One count as a chart, with the same numbers as a table under it (what screen readers and printouts use). */
export function StatsChartCard({ title, stats, type = 'bar', horizontal = false, loading }: { title: string; stats: MediaStatsDto | undefined; type?: 'bar' | 'line'; horizontal?: boolean; loading: boolean }) {
  const t = useT();
  const rows = useMemo(() => stats?.rows ?? [], [stats]);
  const option = useMemo(() => chartOption(t, rows, type, horizontal), [t, rows, type, horizontal]);
  const height = horizontal ? Math.max(220, rows.length * 30 + 60) : 280;
  return (
    <Card size="small" title={title}>
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>{stats && <EChart option={option} height={height} label={t('mediaStats.chartLabel', { title })} />}</Suspense>
      <Table<Row>
        rowKey="key"
        size="small"
        loading={loading}
        dataSource={rows.filter((r) => r.items > 0 || r.published > 0 || type === 'line')}
        pagination={false}
        scroll={type === 'line' ? { y: 200 } : undefined}
        columns={[
          { key: 'label', title: t('mediaStats.group'), dataIndex: 'label' },
          { key: 'items', title: t('mediaStats.items'), dataIndex: 'items', align: 'right', width: 90 },
          { key: 'published', title: t('mediaStats.published'), dataIndex: 'published', align: 'right', width: 100 },
        ]}
        summary={() =>
          stats && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('mediaStats.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {stats.total.items}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {stats.total.published}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </Card>
  );
}
