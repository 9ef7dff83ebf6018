import { todayInVietnam } from '../../../domain/calendar';
import { formatDateVi } from '../../../domain/schedule';
import { countOccurrences, listOccurrences, type OccurrenceListFilter } from '../../../db/repositories/occurrences';
import { occurrenceExportSchema } from '../../../shared/schemas/jobs';
import { exportScope } from '../../commands/export-scope';
import { occurrenceWorkbook } from '../../commands/occurrence-list-table';
import { XLSX_TYPE } from '../../http/send-document';
import { exportJob } from '../export-job';
import { reportProgress } from '../job-result-files';

/** Rows read per query, and so per progress update. */
export const OCCURRENCE_PAGE = 500;

/**
 * The occurrence list of a whole reach (a department of health's province for a year) with no row
 * limit: read page by page, reporting progress after each, then written as one workbook.
 */
export const occurrenceExportHandler = (pageSize = OCCURRENCE_PAGE) =>
  exportJob(occurrenceExportSchema, async (ctx, f, job) => {
    const scope = await exportScope(ctx, f.bodyId);
    const today = todayInVietnam(job.now);
    const filter: Omit<OccurrenceListFilter, 'limit'> = {
      roots: scope.roots,
      status: f.status,
      planId: f.planId,
      dueFrom: f.year ? `${f.year}-01-01` : undefined,
      dueTo: f.year ? `${f.year}-12-31` : undefined,
      dueBefore: f.late ? today : undefined,
    };
    const total = await countOccurrences(ctx.db, filter);
    await reportProgress(job, { done: 0, total, note: 'Đang đọc dữ liệu' });
    const rows: Awaited<ReturnType<typeof listOccurrences>> = [];
    for (let cursor: string | undefined; ; ) {
      const page = await listOccurrences(ctx.db, { ...filter, cursor, limit: pageSize });
      rows.push(...page.slice(0, pageSize));
      // Work added while the export runs can push the count past the first total.
      await reportProgress(job, { done: rows.length, total: Math.max(total, rows.length), note: 'Đang đọc dữ liệu' });
      if (page.length <= pageSize) break;
      cursor = rows.at(-1)!.id;
    }
    await reportProgress(job, { done: rows.length, total: rows.length, note: 'Đang ghi tệp Excel' });
    const period = f.year ? `năm ${f.year}` : `đến ngày ${formatDateVi(today)}`;
    const bytes = await occurrenceWorkbook(rows, { today, lateOnly: f.late, note: ` — ${scope.name}, ${period}` });
    return { bytes, name: `Kết quả thực hiện ${period} - ${scope.name}.xlsx`, type: XLSX_TYPE, extension: 'xlsx' };
  });

export const exportOccurrences = occurrenceExportHandler();
