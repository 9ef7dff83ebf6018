import { addDays, daysBetween, type IsoDate } from '../../../domain/calendar/iso-day';
import type { OccurrenceStatus } from '../../../domain/calendar';

/** One step of a period's history as the demo writes it: who acted (the unit or the reviewer), on which day, what it left. */
export type DemoStep = { on: IsoDate; by: 'unit' | 'reviewer'; kind: 'update' | 'accept' | 'return'; status: OccurrenceStatus; progress: number; note: string | null; comment: string | null };

/** How one period went, up to today: its steps, and where it stands now. */
export type DemoOutcome = { steps: DemoStep[]; status: OccurrenceStatus; progress: number; note: string | null; submittedOn: IsoDate | null; completedOn: IsoDate | null };

/** A number in [0, 1) from a text, the same on every machine and every run (FNV-1a). */
export function unitInterval(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 0x1_0000_0000;
}

const RESULTS = [
  'Đã triển khai đầy đủ; báo cáo kết quả gửi Phòng Tổ chức - Hành chính kèm theo.',
  'Đã tổ chức quán triệt tại giao ban khoa, phòng; có biên bản kèm theo.',
  'Đã cập nhật, đăng tải trên Trang thông tin điện tử của đơn vị.',
  'Hoàn thành; số liệu đã tổng hợp vào báo cáo quý.',
  'Đã rà soát, không phát sinh vướng mắc; kết quả ghi trong biên bản kiểm tra.',
  'Đã thực hiện theo kế hoạch; hình ảnh và tài liệu kèm theo.',
];
const PARTIAL = ['Đang triển khai, đã hoàn thành phần lớn nội dung.', 'Đang tổng hợp số liệu từ các khoa, phòng.', 'Đã xây dựng dự thảo, đang xin ý kiến.'];
const RETURN_COMMENTS = ['Bổ sung tài liệu kiểm chứng (biên bản, hình ảnh).', 'Ghi rõ số liệu kết quả đạt được so với chỉ tiêu.', 'Kết quả chưa đúng nội dung nhiệm vụ; đề nghị rà soát lại.'];

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length]!;
const notAfter = (day: IsoDate, limit: IsoDate) => (day > limit ? limit : day);
const notBefore = (day: IsoDate, limit: IsoDate) => (day < limit ? limit : day);

/**
 * How a period of work went, drawn from its key so the same demo comes out every time: of the past
 * periods most done on time with a result, some done late, some returned once then accepted, a few
 * still open and late, one in a while waiting for review or not applicable; of the coming ones, some
 * under way. Every day stays between the period's start and today.
 */
export function demoOutcome(key: string, period: { start: IsoDate | null; due: IsoDate }, today: IsoDate): DemoOutcome | null {
  const r = unitInterval(key);
  const r2 = unitInterval(`${key}#2`);
  const start = period.start ?? addDays(period.due, -90);
  if (start > today) return null;
  const result = pick(RESULTS, r2);
  const done = (submitted: IsoDate, steps: DemoStep[] = []): DemoOutcome => {
    const submittedOn = notAfter(notBefore(submitted, start), today);
    const completedOn = notAfter(addDays(submittedOn, 1 + Math.floor(r2 * 3)), today);
    return {
      steps: [...steps, { on: submittedOn, by: 'unit', kind: 'update', status: 'submitted', progress: 100, note: result, comment: null }, { on: completedOn, by: 'reviewer', kind: 'accept', status: 'done', progress: 100, note: result, comment: null }],
      status: 'done',
      progress: 100,
      note: result,
      submittedOn,
      completedOn,
    };
  };
  const open = (status: OccurrenceStatus, progress: number, on: IsoDate, note: string): DemoOutcome => ({
    steps: [{ on, by: 'unit', kind: 'update', status, progress, note, comment: null }],
    status,
    progress,
    note,
    submittedOn: status === 'submitted' ? on : null,
    completedOn: null,
  });

  if (period.due >= today) {
    // Work still ahead: a share of it under way, a little already handed in.
    const since = notAfter(addDays(start, Math.floor(r2 * Math.max(1, daysBetween(start, today)))), today);
    if (r < 0.35) return open('in_progress', 20 + Math.floor(r2 * 50), since, pick(PARTIAL, r2));
    if (r < 0.45) return open('submitted', 100, since, result);
    return null;
  }
  if (r < 0.7) return done(addDays(period.due, -1 - Math.floor(r2 * 10)));
  if (r < 0.8) return done(addDays(period.due, 3 + Math.floor(r2 * 18)));
  if (r < 0.87) {
    const first = notBefore(addDays(period.due, -6), start);
    const returned = addDays(first, 2);
    const again = addDays(returned, 3 + Math.floor(r2 * 4));
    if (again > today) return open('in_progress', 80, first, pick(PARTIAL, r2));
    return done(again, [
      { on: first, by: 'unit', kind: 'update', status: 'submitted', progress: 100, note: pick(PARTIAL, r), comment: null },
      { on: returned, by: 'reviewer', kind: 'return', status: 'in_progress', progress: 90, note: pick(PARTIAL, r), comment: pick(RETURN_COMMENTS, r2) },
    ]);
  }
  if (r < 0.94) return open('in_progress', 30 + Math.floor(r2 * 40), notBefore(addDays(period.due, -10), start), pick(PARTIAL, r2));
  if (r < 0.96) return open('submitted', 100, notAfter(addDays(period.due, 2 + Math.floor(r2 * 5)), today), result);
  if (r < 0.98) {
    const note = 'Không phát sinh trong kỳ.';
    return { steps: [{ on: notAfter(period.due, today), by: 'unit', kind: 'update', status: 'not_applicable', progress: 0, note, comment: null }], status: 'not_applicable', progress: 0, note, submittedOn: null, completedOn: null };
  }
  return null;
}
