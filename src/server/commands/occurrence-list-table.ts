import type { z } from 'zod';
import { writeTableWorkbook } from '../../documents/xlsx/table-workbook';
import { latenessOf, todayInVietnam, type OccurrenceStatus } from '../../domain/calendar';
import { standingOf } from '../../domain/occurrences/standing';
import { describePeriod } from '../../domain/occurrences/period-label';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import { formatDateVi } from '../../domain/schedule';
import { listOccurrences } from '../../db/repositories/occurrences';
import { OCCURRENCE_STATUS_LABELS_VI } from '../../shared/occurrence-statuses';
import type { listOccurrencesQuerySchema } from '../../shared/schemas/occurrences';
import { rootsFor } from '../policies';
import { myOrganizations } from './occurrence-access';
import type { CommandContext } from './transaction';

/** The most rows one export holds; a province's whole year goes through the job queue instead. */
export const MAX_EXPORT_ROWS = 5000;

const LATENESS = { not_late: '', overdue: 'Quá hạn', finished_late: 'Hoàn thành trễ' } as const;

type OccurrenceListRow = Awaited<ReturnType<typeof listOccurrences>>[number];

/**
 * An occurrence list as a workbook (SPEC §2.11: result tables as XLSX): lateness computed for `today`,
 * only the late ones when asked, earliest due first. `note` ends the subtitle line.
 */
export async function occurrenceWorkbook(rows: readonly OccurrenceListRow[], options: { today: string; lateOnly?: boolean; note?: string }): Promise<Buffer> {
  const { today } = options;
  const items = rows
    .map((o) => {
      const facts = { due: o.due, status: o.status as OccurrenceStatus, submittedOn: o.submitted_on, completedOn: o.completed_on };
      return { o, lateness: latenessOf(facts, today), standing: standingOf(facts, today).standing };
    })
    .filter((x) => !options.lateOnly || x.standing === 'late')
    .sort((a, b) => (a.o.due ?? '9999').localeCompare(b.o.due ?? '9999') || a.o.org_name.localeCompare(b.o.org_name, 'vi'));
  return writeTableWorkbook({
    sheetName: 'Kết quả thực hiện',
    title: 'Kết quả thực hiện nhiệm vụ cải cách hành chính',
    subtitle: `Tính đến ngày ${formatDateVi(today)}${options.note ?? ''}.`,
    columns: [
      { header: 'STT', width: 6, kind: 'number' },
      { header: 'Nhiệm vụ', width: 55, wrap: true },
      { header: 'Kế hoạch', width: 14 },
      { header: 'Đơn vị thực hiện', width: 28, wrap: true },
      { header: 'Kỳ', width: 22 },
      { header: 'Hạn', width: 12, kind: 'date' },
      { header: 'Trạng thái', width: 16 },
      { header: 'Tiến độ (%)', width: 10, kind: 'number' },
      { header: 'Trễ hạn', width: 14 },
      { header: 'Ngày nộp', width: 12, kind: 'date' },
      { header: 'Ngày hoàn thành', width: 12, kind: 'date' },
      { header: 'Kết quả thực hiện', width: 50, wrap: true },
    ],
    rows: items.map(({ o, lateness }, i) => [
      i + 1,
      o.task_title,
      formatPlanNumber(o.plan_number, o.plan_symbol),
      o.org_name,
      describePeriod(o.period_start, o.period_end),
      o.due,
      OCCURRENCE_STATUS_LABELS_VI[o.status as OccurrenceStatus],
      o.progress,
      LATENESS[lateness],
      o.submitted_on,
      o.completed_on,
      o.note,
    ]),
  });
}

/** An occurrence list, filtered as on screen, as a workbook of at most MAX_EXPORT_ROWS rows. */
export async function occurrenceListTable(ctx: CommandContext, q: z.infer<typeof listOccurrencesQuerySchema>): Promise<{ bytes: Buffer; fileName: string }> {
  const today = todayInVietnam(new Date());
  const rows = await listOccurrences(ctx.db, {
    ...q,
    roots: rootsFor(ctx.actor, 'plan.read'),
    organizationIds: q.mine ? myOrganizations(ctx.actor) : undefined,
    dueBefore: q.late ? today : undefined,
    cursor: undefined,
    limit: MAX_EXPORT_ROWS - 1,
  });
  const note = rows.length >= MAX_EXPORT_ROWS ? ` — chỉ ${MAX_EXPORT_ROWS} dòng đầu; hãy lọc theo kế hoạch hoặc thời hạn, hoặc dùng "Xuất Excel toàn bộ"` : '';
  const bytes = await occurrenceWorkbook(rows, { today, lateOnly: q.late, note });
  return { bytes, fileName: `Kết quả thực hiện ${today}.xlsx` };
}
