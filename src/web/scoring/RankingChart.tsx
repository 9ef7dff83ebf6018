import { useMemo } from 'react';
import type { RoundResultsDto } from '../api/types';
import { EChart, type EChartOption } from '../charts/EChart';
import { useT } from '../i18n/I18nProvider';
import { pointsText } from './criteria-model';

/**
 * Each body's total as a bar, highest first, with last year's beside it in grey: the same numbers as the
 * ranking table above it, which is what a screen reader reads.
 */
export function RankingChart({ results: r, narrow }: { results: RoundResultsDto; narrow: boolean }) {
  const t = useT();
  const thisYear = t('scoring.yearLabel', { year: r.round.year });
  const lastYear = t('scoring.yearLabel', { year: r.round.year - 1 });
  const option = useMemo<EChartOption>(() => {
    const label = (p: { value: number | null }) => (p.value === null ? '' : pointsText(p.value));
    const hasLastYear = r.rows.some((row) => row.lastYear);
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? pointsText(v) : '—') },
      legend: hasLastYear ? { data: [thisYear, lastYear], bottom: 0 } : undefined,
      grid: { left: 8, right: 48, top: 8, bottom: hasLastYear ? 32 : 8, containLabel: true },
      // A phone has room for the bars or for the axis's numbers: the bars are labelled, so the numbers go.
      xAxis: { type: 'value', max: r.maxPoints, axisLabel: { show: !narrow } },
      yAxis: { type: 'category', inverse: true, data: r.rows.map((row) => row.organization.name), axisLabel: { width: narrow ? 96 : 160, overflow: 'break', interval: 0, lineHeight: 14 } },
      series: [
        { name: thisYear, type: 'bar', barMaxWidth: 28, data: r.rows.map((row) => row.total), label: { show: true, position: 'right', formatter: label } },
        ...(hasLastYear ? [{ name: lastYear, type: 'bar', barMaxWidth: 28, itemStyle: { color: '#bfbfbf' }, data: r.rows.map((row) => row.lastYear?.total ?? null), label: { show: true, position: 'right', formatter: label } }] : []),
      ],
    };
  }, [r, thisYear, lastYear, narrow]);
  const summary = r.rows.map((row) => `${row.rank}. ${row.organization.name}: ${pointsText(row.total)}`).join('; ');
  return (
    <div className="scoring-chart">
      <EChart option={option} height={Math.max(160, r.rows.length * 64 + 48)} label={t('scoring.chartLabel', { summary })} />
    </div>
  );
}
