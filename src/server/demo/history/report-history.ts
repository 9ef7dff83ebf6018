import { addDays } from '../../../domain/calendar/iso-day';
import { reportDueOn, reportRange } from '../../../domain/reports/periods';
import type { Db } from '../../../db/database';
import type { ReportPeriod } from '../../../shared/report-vocabulary';
import { compileReport } from '../../commands/compile-report';
import { transitionReport } from '../../commands/transition-report';
import { updateReportTexts } from '../../commands/update-report-texts';
import { contextOf } from '../demo-actor';

/** The periods a body has reported on by a day: those whose due day is past; the last one sent is returned once. */
const PERIODS: ReportPeriod[] = ['Q1', 'H1', '9M'];

const TEXTS = {
  results: 'Đơn vị đã triển khai các nhiệm vụ CCHC theo kế hoạch; các khoa, phòng cập nhật kết quả và tài liệu kiểm chứng trên hệ thống.',
  difficulties: 'Một số nhiệm vụ thường xuyên chưa được các khoa, phòng cập nhật kết quả đúng hạn; nhân lực làm công tác CCHC còn kiêm nhiệm.',
  proposals: 'Đề nghị Sở Y tế tiếp tục tổ chức tập huấn nghiệp vụ CCHC cho cán bộ đầu mối.',
  nextSteps: 'Đôn đốc các khoa, phòng hoàn thành nhiệm vụ còn chậm; cập nhật, niêm yết TTHC kịp thời.',
};

/** Moves the stamps of the latest step to the day it would have happened, so the history reads like the year. */
async function dateLastSteps(db: Db, reportId: string, day: string, steps: number): Promise<void> {
  const events = await db.selectFrom('report_events').select('id').where('report_id', '=', reportId).orderBy('at', 'desc').orderBy('id', 'desc').limit(steps).execute();
  for (const [i, e] of events.entries()) await db.updateTable('report_events').set({ at: `${day}T0${3 + (steps - i)}:00:00.000Z` }).where('id', '=', e.id).execute();
}

/**
 * The bodies under a department of health report as the year went: quarter I and 6 months compiled,
 * approved and sent a few days after the period (one of them late), 9 months sent and returned by the
 * department with its reason, waiting to be sent again.
 */
export async function writeReportHistory(db: Db, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const bodies = await db.selectFrom('organizations as o').innerJoin('organizations as parent', 'parent.id', 'o.parent_id').select(['o.code', 'parent.code as parent_code']).whereRef('o.body_id', '=', 'o.id').whereRef('parent.body_id', '=', 'parent.id').orderBy('o.path').execute();
  for (const [b, body] of bodies.entries()) {
    const coordinator = await contextOf(db, `${body.code.toLowerCase()}.coordinator`);
    const director = await contextOf(db, `${body.code.toLowerCase()}.director`);
    const receiver = await contextOf(db, `${body.parent_code.toLowerCase()}.coordinator`);
    const periods = PERIODS.filter((period) => {
      const range = reportRange({ period, year }).range;
      return range !== null && addDays(reportDueOn(range), 10) < today;
    });
    for (const [i, period] of periods.entries()) {
      const range = reportRange({ period, year }).range!;
      const { report } = await compileReport(coordinator, { period, year });
      await updateReportTexts(coordinator, report.id, TEXTS);
      await transitionReport(director, report.id, 'approved', undefined);
      await transitionReport(coordinator, report.id, 'submitted', undefined);
      const sentOn = addDays(reportDueOn(range), (b + i) % 3 === 2 ? 9 : 2 + i);
      await db.updateTable('reports').set({ submitted_at: `${sentOn}T04:00:00.000Z`, approved_at: `${addDays(sentOn, -1)}T08:00:00.000Z`, compiled_at: `${addDays(sentOn, -2)}T02:00:00.000Z` }).where('id', '=', report.id).execute();
      let steps = 4;
      if (i === periods.length - 1 && period === '9M') {
        await transitionReport(receiver, report.id, 'returned', 'Đề nghị bổ sung nguyên nhân các nhiệm vụ chậm tiến độ và giải pháp khắc phục.');
        steps++;
      }
      await dateLastSteps(db, report.id, sentOn, steps);
    }
  }
}
