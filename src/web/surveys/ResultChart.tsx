import { useMemo } from 'react';
import { EChart, type EChartOption } from '../charts/EChart';

type Props = {
  /** Names the chart for screen readers, with its numbers. */
  label: string;
  categories: string[];
  values: (number | null)[];
  /** Shares (0–100, shown as "68,8%") or counts. */
  unit: 'percent' | 'count';
  type?: 'bar' | 'line';
  /** Bars across, categories down the side: long labels (aspects, choices) stay readable on a phone. */
  horizontal?: boolean;
  colors?: string[];
};

const percentLabel = (value: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value)}%`;

/** One series of a survey's results: a share or a count per category, the value written on each bar. */
export function ResultChart({ label, categories, values, unit, type = 'bar', horizontal = false, colors }: Props) {
  const option = useMemo<EChartOption>(() => {
    const format = (v: number) => (unit === 'percent' ? percentLabel(v) : String(v));
    const category = { type: 'category', data: categories, axisLabel: horizontal ? { width: 150, overflow: 'break', interval: 0, lineHeight: 14 } : { interval: 0, width: 70, overflow: 'break', hideOverlap: type === 'line' } };
    const value = { type: 'value', ...(unit === 'percent' ? { max: 100, axisLabel: { formatter: '{value}%' } } : { minInterval: 1, splitNumber: horizontal ? 3 : 5 }) };
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—') },
      grid: { left: 8, right: 40, top: 16, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: [
        {
          type,
          data: values.map((v, i) => ({ value: v, itemStyle: colors?.[i] ? { color: colors[i] } : undefined })),
          connectNulls: true,
          barMaxWidth: 36,
          label: { show: type === 'bar' || values.length <= 6, position: horizontal ? 'right' : 'top', formatter: (p: { value: number | null }) => (p.value === null ? '' : format(p.value)) },
        },
      ],
    };
  }, [categories, values, unit, type, horizontal, colors]);
  const height = horizontal ? Math.max(160, categories.length * 48 + 40) : 240;
  return <EChart option={option} height={height} label={label} />;
}
