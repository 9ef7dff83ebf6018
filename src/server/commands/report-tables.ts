import { writeTablesWorkbook, type TableColumn, type TableWorkbook } from '../../documents/xlsx/table-workbook';
import { reportTitle } from '../../domain/reports/periods';
import type { ReportSections } from '../../domain/reports/sections';
import { formatDateVi } from '../../domain/schedule';
import type { ReportPeriod } from '../../shared/report-vocabulary';
import { loadReport } from './report-access';
import type { CommandContext } from './transaction';

const COUNTS: TableColumn[] = [
  { header: 'Tổng số', width: 10, kind: 'number' },
  { header: 'Hoàn thành', width: 12, kind: 'number' },
  { header: 'Trong đó hoàn thành trễ', width: 14, kind: 'number' },
  { header: 'Chậm tiến độ', width: 12, kind: 'number' },
  { header: 'Chưa đến hạn', width: 12, kind: 'number' },
];
type Counts = ReportSections['work']['totals'];
const counts = (c: Counts) => [c.total, c.done, c.doneLate, c.late, c.notDue];

/** A report's tables as a workbook: one sheet each for the areas, the task lists, the units, communication and, for a tổng hợp, the bodies. */
export async function reportTables(ctx: CommandContext, id: string): Promise<{ bytes: Buffer; fileName: string }> {
  const { report, body } = await loadReport(ctx.db, ctx.actor, id);
  const sections = JSON.parse(report.sections_json) as ReportSections;
  const title = reportTitle(report.period as ReportPeriod, report.year, { from: report.from_date, to: report.to_date });
  const subtitle = `${body.name} — số liệu tính đến ngày ${formatDateVi(sections.work.asOf)}`;
  const { work, communication, aggregate } = sections;
  const sheets: TableWorkbook[] = [
    {
      sheetName: 'Theo lĩnh vực',
      title,
      subtitle,
      columns: [{ header: 'Lĩnh vực', width: 50, wrap: true }, ...COUNTS],
      rows: [...work.areas.map((a) => [a.label, ...counts(a.counts)]), ['Tổng cộng', ...counts(work.totals)]],
    },
    {
      sheetName: 'Danh sách nhiệm vụ',
      title,
      subtitle,
      columns: [
        { header: 'Lĩnh vực', width: 30, wrap: true },
        { header: 'Kết quả', width: 16 },
        { header: 'Nhiệm vụ', width: 60, wrap: true },
        { header: 'Đơn vị thực hiện', width: 28, wrap: true },
        { header: 'Số kỳ', width: 8, kind: 'number' },
        { header: 'Hạn gần nhất', width: 13, kind: 'date' },
      ],
      rows: work.areas.flatMap((a) =>
        (['done', 'late', 'notDue'] as const).flatMap((outcome) =>
          a.lines[outcome].map((l) => [a.label, { done: 'Hoàn thành', late: 'Chậm tiến độ', notDue: 'Chưa đến hạn' }[outcome], l.task, l.unit, l.periods, l.lastDue]),
        ),
      ),
    },
    { sheetName: 'Theo đơn vị thực hiện', title, subtitle, columns: [{ header: 'Đơn vị', width: 45, wrap: true }, ...COUNTS], rows: work.units.map((u) => [u.name, ...counts(u.counts)]) },
    {
      sheetName: 'Thông tin tuyên truyền',
      title,
      subtitle,
      columns: [
        { header: 'Nhóm', width: 14 },
        { header: 'Kênh / loại', width: 36 },
        { header: 'Số tin bài', width: 12, kind: 'number' },
        { header: 'Số lượt đăng', width: 12, kind: 'number' },
      ],
      rows: [
        ...communication.byChannel.map((r) => ['Theo kênh', r.label, r.items, r.published]),
        ...communication.byKind.map((r) => ['Theo loại', r.label, r.items, r.published]),
        ['Tổng cộng', '', communication.total.items, communication.total.published],
      ],
    },
  ];
  if (aggregate) {
    sheets.push({
      sheetName: 'Tổng hợp các đơn vị',
      title,
      subtitle: `${subtitle}. Chưa gửi báo cáo: ${aggregate.missing.map((b) => b.name).join(', ') || 'không'}.`,
      columns: [{ header: 'Đơn vị', width: 45, wrap: true }, { header: 'Ngày gửi', width: 12, kind: 'date' }, ...COUNTS, { header: 'Số tin bài', width: 12, kind: 'number' }],
      rows: aggregate.bodies.map((b) => [b.organization.name, b.submittedAt, ...counts(b.totals), b.communication.items]),
    });
  }
  return { bytes: await writeTablesWorkbook(sheets), fileName: `${title} - ${body.code} - số liệu.xlsx` };
}
