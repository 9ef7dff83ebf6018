import { writeTableWorkbook } from '../../documents/xlsx/table-workbook';
import { todayInVietnam } from '../../domain/calendar';
import { formatDateVi } from '../../domain/schedule';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import { listTasks } from '../../db/repositories/tasks';
import { REFORM_AREA_LABELS_VI, type ReformArea } from '../../shared/plan-vocabulary';
import { loadPlan } from './load-plan';
import { planFileName, tasksWithNames } from './plan-document';
import { planProgress } from './plan-progress';
import type { CommandContext } from './transaction';

/** A plan's task table as a workbook: the appendix's columns, then where each task stands. */
export async function planTaskTable(ctx: CommandContext, id: string): Promise<{ bytes: Buffer; fileName: string }> {
  const { plan, body } = await loadPlan(ctx.db, ctx.actor, id, 'read');
  const tasks = await tasksWithNames(ctx.db, await listTasks(ctx.db, id));
  const today = todayInVietnam(new Date());
  const progress = new Map((await planProgress(ctx.db, id, today)).tasks.map((t) => [t.taskId, t]));
  const bytes = await writeTableWorkbook({
    sheetName: 'Bảng nhiệm vụ',
    title: `Bảng phân công nhiệm vụ — Kế hoạch ${formatPlanNumber(plan.number, plan.symbol)} của ${body.name}`,
    subtitle: `${plan.title}. Tiến độ tính đến ngày ${formatDateVi(today)}.`,
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Nhiệm vụ', width: 60, wrap: true },
      { header: 'Lĩnh vực', width: 24, wrap: true },
      { header: 'Chủ trì', width: 24, wrap: true },
      { header: 'Phối hợp', width: 28, wrap: true },
      { header: 'Thời hạn hoàn thành', width: 20, wrap: true },
      { header: 'Sản phẩm đầu ra', width: 24, wrap: true },
      { header: 'Ghi chú', width: 16, wrap: true },
      { header: 'Số kỳ', width: 8, kind: 'number' },
      { header: 'Đã xong', width: 9, kind: 'number' },
      { header: 'Trễ hạn', width: 9, kind: 'number' },
      { header: 'Tỷ lệ hoàn thành', width: 12, kind: 'percent' },
    ],
    rows: tasks.map((t) => {
      const p = progress.get(t.id);
      return [
        t.number,
        t.title,
        REFORM_AREA_LABELS_VI[t.reform_area as ReformArea] ?? t.reform_area,
        t.leadName,
        t.coordinatorNames.join('; '),
        t.deadline_text,
        t.output_text,
        t.note,
        p?.total ?? 0,
        p?.done ?? 0,
        p?.late ?? 0,
        p && p.total > 0 ? p.shareDone : null,
      ];
    }),
  });
  return { bytes, fileName: `${planFileName(plan)} - bảng nhiệm vụ.xlsx` };
}
