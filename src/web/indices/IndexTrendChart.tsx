import { Card, Segmented, Skeleton, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { INDEX_SHORT_NAMES, type IndexKind } from '../../shared/index-vocabulary';
import type { IndexResultDto } from '../../shared/schemas/indices';
import type { EChartOption } from '../charts/EChart';
import { useT } from '../i18n/I18nProvider';

// ECharts comes with the chart, not with the rest of the page.
const EChart = lazy(() => import('../charts/EChart').then((m) => ({ default: m.EChart })));

/**
 * Each index's score over the years (left axis) and its rank (dotted, right axis upside down: first is
 * at the top, so both lines rise when things get better), with the target dashed when one was set.
 */
export function trendOption(results: readonly IndexResultDto[], kind: IndexKind): EChartOption {
  const rows = results.filter((r) => r.kind === kind).sort((a, b) => a.year - b.year);
  const years = [...new Set(rows.map((r) => r.year))];
  const byScope = (scope: string) => years.map((y) => rows.find((r) => r.year === y && r.scope === scope));
  const series = (['province', 'body'] as const).flatMap((scope) => {
    const points = byScope(scope);
    if (points.every((p) => !p)) return [];
    const name = scope === 'province' ? 'tỉnh' : 'đơn vị';
    return [
      { name: `Điểm (${name})`, type: 'line', yAxisIndex: 0, data: points.map((p) => (p?.value ? Number(p.value) : null)), connectNulls: true },
      { name: `Mục tiêu (${name})`, type: 'line', yAxisIndex: 0, lineStyle: { type: 'dashed' }, symbol: 'none', data: points.map((p) => (p?.targetValue ? Number(p.targetValue) : null)), connectNulls: true },
      { name: `Xếp hạng (${name})`, type: 'line', yAxisIndex: 1, symbol: 'diamond', symbolSize: 9, lineStyle: { type: 'dotted' }, label: { show: true, position: 'top', formatter: (p: { value: number | null }) => (p.value ? `hạng ${p.value}` : '') }, data: points.map((p) => p?.rank ?? null), connectNulls: true },
    ];
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 48, top: 24, bottom: 56 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: [
      { type: 'value', name: 'Điểm', scale: true },
      { type: 'value', name: 'Hạng', inverse: true, minInterval: 1 },
    ],
    series,
  };
}

export function IndexTrendChart({ results }: { results: readonly IndexResultDto[] }) {
  const t = useT();
  const kinds = [...new Set(results.map((r) => r.kind))];
  const [kind, setKind] = useState<IndexKind | null>(null);
  const shown = kind && kinds.includes(kind) ? kind : kinds[0];
  if (!shown) return null;
  return (
    <Card size="small" title={t('indices.trend')} extra={<Segmented<IndexKind> aria-label={t('a11y.indexKind')} size="small" value={shown} onChange={setKind} options={kinds.map((k) => ({ value: k, label: INDEX_SHORT_NAMES[k] }))} />}>
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 280 }} />}>
        <EChart option={trendOption(results, shown)} label={`${t('indices.trend')}: ${INDEX_SHORT_NAMES[shown]}`} />
      </Suspense>
      <Typography.Text type="secondary">{t('indices.trendHelp')}</Typography.Text>
    </Card>
  );
}
