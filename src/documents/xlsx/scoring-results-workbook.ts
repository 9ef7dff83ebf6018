import type { z } from 'zod';
import { areaColumnTitle, resultsSummary, totalColumnTitle } from '../../domain/assessment';
import { formatDateVi } from '../../domain/schedule';
import type { IsoDate } from '../../domain/schedule/schedule';
import type { roundResultsSchema } from '../../shared/schemas/scoring-rounds';
import { writeTablesWorkbook, type TableColumn, type TableWorkbook } from './table-workbook';

type RoundResults = z.infer<typeof roundResultsSchema>;

export type ScoringResultsWorkbookData = {
  issuerName: string;
  /** The day the result was published, or today for a preview. */
  date: IsoDate;
  draft: boolean;
  results: RoundResults;
};

/**
 * A round's ranking as a workbook to sort, chart or pass on: one row a body in rank order, its points
 * per area, total and class as the published table has them (points as numbers), last year's beside;
 * a second sheet counts the bodies in each class.
 */
export function scoringResultsWorkbook(d: ScoringResultsWorkbookData): Promise<Buffer> {
  const r = d.results;
  const year = r.round.year;
  const title = resultsSummary(year);
  const subtitle = d.draft ? `${d.issuerName} — DỰ THẢO, chưa công bố (số liệu ngày ${formatDateVi(d.date)})` : `${d.issuerName} — công bố ngày ${formatDateVi(d.date)}`;
  const columns: TableColumn[] = [
    { header: 'Thứ hạng', width: 9, kind: 'number' },
    { header: 'Đơn vị', width: 40, wrap: true },
    ...r.areas.map((area): TableColumn => ({ header: areaColumnTitle(area), width: 18, kind: 'decimal' })),
    { header: totalColumnTitle(r.maxPoints), width: 12, kind: 'decimal' },
    { header: 'Xếp loại', width: 12 },
    { header: `Tổng điểm năm ${year - 1}`, width: 12, kind: 'decimal' },
    { header: `Xếp loại năm ${year - 1}`, width: 12 },
    { header: `Thứ hạng năm ${year - 1}`, width: 12, kind: 'number' },
  ];
  const ranking: TableWorkbook = {
    sheetName: 'Xếp hạng',
    title,
    subtitle,
    // Area names wrap over four or five lines in their columns.
    headerHeight: 96,
    columns,
    rows: r.rows.map((row) => [
      row.rank,
      row.organization.name,
      ...r.areas.map((area) => row.areas.find((a) => a.code === area.code)?.points ?? 0),
      row.total,
      row.className,
      row.lastYear?.total ?? null,
      row.lastYear?.className ?? null,
      row.lastYear?.rank ?? null,
    ]),
  };
  const classes: TableWorkbook = {
    sheetName: 'Theo xếp loại',
    title,
    subtitle,
    columns: [
      { header: 'Xếp loại', width: 16 },
      { header: 'Từ (điểm)', width: 12, kind: 'decimal' },
      { header: 'Số đơn vị', width: 12, kind: 'number' },
    ],
    rows: r.bands.map((band) => [band.name, band.minPoints, r.classCounts.find((c) => c.name === band.name)?.count ?? 0]),
  };
  return writeTablesWorkbook([ranking, classes]);
}
