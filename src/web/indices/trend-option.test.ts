import type { IndexResultDto } from '../../shared/schemas/indices';
import { trendOption } from './IndexTrendChart';

const result = (year: number, scope: 'province' | 'body', value: string | null, rank: number | null, targetValue: string | null = null): IndexResultDto => ({
  id: `${year}-${scope}`,
  kind: 'par_index',
  scope,
  year,
  value,
  rank,
  rankOf: 34,
  rankText: null,
  targetValue,
  targetRank: null,
  source: null,
  note: null,
  updatedAt: '',
});

describe('index trend chart', () => {
  it('puts the years in order, scores on the left, ranks on an upside-down right axis, and the target dashed', () => {
    const option = trendOption([result(2025, 'province', '89.52', 6, '90'), result(2023, 'province', '85', 20), result(2024, 'province', null, 12), { ...result(2024, 'province', '1', 1), kind: 'sipas' }], 'par_index') as {
      xAxis: { data: string[] };
      yAxis: { inverse?: boolean }[];
      series: { name: string; data: (number | null)[]; lineStyle?: { type: string } }[];
    };
    expect(option.xAxis.data).toEqual(['2023', '2024', '2025']);
    expect(option.yAxis[1]!.inverse).toBe(true);
    expect(option.series.map((s) => s.name)).toEqual(['Điểm (tỉnh)', 'Mục tiêu (tỉnh)', 'Xếp hạng (tỉnh)']);
    expect(option.series[0]!.data).toEqual([85, null, 89.52]);
    expect(option.series[1]!.lineStyle?.type).toBe('dashed');
    expect(option.series[2]!.data).toEqual([20, 12, 6]);
  });
});
