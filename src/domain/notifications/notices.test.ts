import { describe, expect, it } from 'vitest';
import { directoryOf } from './directory';
import { workflowNotices } from './notices';
import type { Actor, MediaRef, OccurrenceRef, PlanRef, ReportRef, WorkflowEvent } from './workflow-events';

/** Two hospitals under one department of health, each with its roles; "tchc" and "kb" are BVSN's departments. */
const directory = directoryOf([
  { userId: 'syt-coordinator', organizationId: 'syt', role: 'coordinator' },
  { userId: 'syt-director', organizationId: 'syt', role: 'director' },
  { userId: 'bvsn-director', organizationId: 'bvsn', role: 'director' },
  { userId: 'bvsn-deputy', organizationId: 'bvsn', role: 'director' },
  { userId: 'bvsn-coordinator', organizationId: 'bvsn', role: 'coordinator' },
  { userId: 'bvsn-editor', organizationId: 'bvsn', role: 'editor' },
  { userId: 'bvsn-viewer', organizationId: 'bvsn', role: 'viewer' },
  { userId: 'tchc-reporter', organizationId: 'tchc', role: 'reporter' },
  { userId: 'kb-reporter', organizationId: 'kb', role: 'reporter' },
  { userId: 'ttyt-coordinator', organizationId: 'ttyt', role: 'coordinator' },
  { userId: 'ttyt-director', organizationId: 'ttyt', role: 'director' },
]);

const director: Actor = { userId: 'bvsn-director', name: 'Trần Hoài Bắc' };
const coordinator: Actor = { userId: 'bvsn-coordinator', name: 'Lê Thu Hà' };
const plan: PlanRef = { id: 'p1', title: 'Kế hoạch CCHC năm 2026', bodyId: 'bvsn', bodyName: 'Bệnh viện Sản - Nhi', numberAndSymbol: '03/KH-BVSN' };
const occurrence: OccurrenceRef = { id: 'o1', taskId: 't1', taskTitle: 'Rà soát TTHC', organizationId: 'tchc', organizationName: 'Phòng Tổ chức Hành chính', isBody: false, reviewBodyId: 'bvsn', due: '2026-03-31' };
const item: MediaRef = { id: 'm1', title: 'Ngày hội CCHC', bodyId: 'bvsn', unitId: 'kb', proposerId: 'kb-reporter' };
const report: ReportRef = { id: 'r1', phrase: 'quý I năm 2026', bodyId: 'ttyt', bodyName: 'Trung tâm Y tế Cam Đường', parentId: 'syt' };

const to = (event: WorkflowEvent) => workflowNotices(event, directory).map((n) => n.userId).sort();

describe('who hears of a workflow step', () => {
  it("sends a submitted plan to the body's directors, a returned one back to who drafted it", () => {
    expect(to({ kind: 'plan.submitted', actor: coordinator, plan })).toEqual(['bvsn-deputy', 'bvsn-director']);
    expect(to({ kind: 'plan.returned', actor: director, plan, drafters: ['bvsn-coordinator', 'bvsn-coordinator'] })).toEqual(['bvsn-coordinator']);
  });

  it("tells of an issued plan the body's coordinators, each assigned department's reporters and a child body's coordinators", () => {
    const assignees = [
      { organizationId: 'tchc', name: 'Phòng Tổ chức Hành chính', isBody: false },
      { organizationId: 'bvsn', name: 'Bệnh viện Sản - Nhi', isBody: true },
    ];
    expect(to({ kind: 'plan.issued', actor: director, plan, assignees })).toEqual(['bvsn-coordinator', 'tchc-reporter']);
    const sytPlan = { ...plan, bodyId: 'syt', bodyName: 'Sở Y tế tỉnh Lào Cai' };
    const notices = workflowNotices({ kind: 'plan.issued', actor: { userId: 'syt-director', name: null }, plan: sytPlan, assignees: [{ organizationId: 'ttyt', name: 'Trung tâm Y tế Cam Đường', isBody: true }] }, directory);
    expect(notices.map((n) => [n.userId, n.body])).toEqual([
      ['syt-coordinator', 'Kế hoạch số 03/KH-BVSN “Kế hoạch CCHC năm 2026” của Sở Y tế tỉnh Lào Cai đã được ban hành.'],
      ['ttyt-coordinator', 'Kế hoạch số 03/KH-BVSN “Kế hoạch CCHC năm 2026” của Sở Y tế tỉnh Lào Cai đã được ban hành, giao nhiệm vụ cho Trung tâm Y tế Cam Đường.'],
    ]);
  });

  it("sends submitted work to the reviewing body's coordinators and the review back to the department's reporters", () => {
    expect(to({ kind: 'occurrence.submitted', actor: { userId: 'tchc-reporter', name: null }, occurrence })).toEqual(['bvsn-coordinator']);
    expect(to({ kind: 'occurrence.accepted', actor: coordinator, occurrence })).toEqual(['tchc-reporter']);
    expect(to({ kind: 'occurrence.returned', actor: coordinator, occurrence, comment: 'Thiếu minh chứng' })).toEqual(['tchc-reporter']);
    // Work a department of health gave a hospital is reviewed up there and answered by the hospital's coordinators.
    const childWork = { ...occurrence, organizationId: 'ttyt', organizationName: 'Trung tâm Y tế Cam Đường', isBody: true, reviewBodyId: 'syt' };
    expect(to({ kind: 'occurrence.submitted', actor: { userId: 'ttyt-coordinator', name: null }, occurrence: childWork })).toEqual(['syt-coordinator']);
    expect(to({ kind: 'occurrence.returned', actor: { userId: 'syt-coordinator', name: null }, occurrence: childWork, comment: 'Bổ sung số liệu' })).toEqual(['ttyt-coordinator']);
  });

  it('sends an item for approval to editors and directors, and its outcome to the proposer and their department', () => {
    expect(to({ kind: 'media.submitted', actor: { userId: 'kb-reporter', name: null }, item })).toEqual(['bvsn-deputy', 'bvsn-director', 'bvsn-editor']);
    expect(to({ kind: 'media.approved', actor: director, item })).toEqual(['kb-reporter']);
    expect(to({ kind: 'media.returned', actor: { userId: 'bvsn-editor', name: null }, item: { ...item, proposerId: 'bvsn-coordinator' }, comment: 'Sửa tít' })).toEqual(['bvsn-coordinator', 'kb-reporter']);
    expect(to({ kind: 'media.published', actor: { userId: 'bvsn-editor', name: null }, item: { ...item, unitId: null }, channel: 'Fanpage' })).toEqual(['kb-reporter']);
  });

  it("sends an approved report to its body's coordinators, a submitted one to the parent's coordinators and directors", () => {
    expect(to({ kind: 'report.approved', actor: { userId: 'ttyt-director', name: null }, report })).toEqual(['ttyt-coordinator']);
    expect(to({ kind: 'report.submitted', actor: { userId: 'ttyt-coordinator', name: null }, report })).toEqual(['syt-coordinator', 'syt-director']);
    expect(to({ kind: 'report.returned', actor: { userId: 'syt-director', name: null }, report, comment: 'Thiếu số liệu' })).toEqual(['ttyt-coordinator']);
    expect(to({ kind: 'report.submitted', actor: { userId: 'ttyt-coordinator', name: null }, report: { ...report, parentId: null } })).toEqual([]);
  });

  it('never tells the person who made the step', () => {
    expect(to({ kind: 'media.submitted', actor: director, item })).toEqual(['bvsn-deputy', 'bvsn-editor']);
    expect(to({ kind: 'plan.issued', actor: coordinator, plan, assignees: [] })).toEqual([]);
    expect(to({ kind: 'media.approved', actor: { userId: 'kb-reporter', name: null }, item })).toEqual([]);
  });
});

describe('the words of a workflow notification', () => {
  const only = (event: WorkflowEvent) => workflowNotices(event, directory)[0]!;

  it('names the thing, links to it, and quotes the reason of a return', () => {
    expect(only({ kind: 'occurrence.returned', actor: coordinator, occurrence, comment: ' Thiếu biên bản họp ' })).toEqual({
      kind: 'workflow.occurrence.returned',
      title: 'Kết quả bị trả lại',
      body: 'Kết quả nhiệm vụ “Rà soát TTHC” (Phòng Tổ chức Hành chính) bị trả lại, cần bổ sung. Lý do (Lê Thu Hà): “Thiếu biên bản họp”',
      link: '/nhiem-vu/t1?ky=o1',
      userId: 'tchc-reporter',
      organizationId: 'tchc',
      occurrenceId: 'o1',
    });
    expect(only({ kind: 'occurrence.submitted', actor: { userId: 'tchc-reporter', name: null }, occurrence })).toMatchObject({
      title: 'Kết quả chờ duyệt',
      body: 'Phòng Tổ chức Hành chính đã nộp kết quả nhiệm vụ “Rà soát TTHC” (hạn 31/03/2026), chờ duyệt.',
    });
    expect(only({ kind: 'occurrence.accepted', actor: coordinator, occurrence, comment: 'Tốt' }).body).toBe('Kết quả nhiệm vụ “Rà soát TTHC” (Phòng Tổ chức Hành chính) đã được duyệt hoàn thành. Ý kiến (Lê Thu Hà): “Tốt”');
  });

  it('speaks of plans, items and reports in Vietnamese, each linking to its page', () => {
    expect(only({ kind: 'plan.submitted', actor: coordinator, plan })).toMatchObject({
      title: 'Kế hoạch chờ phê duyệt',
      body: 'Kế hoạch “Kế hoạch CCHC năm 2026” của Bệnh viện Sản - Nhi được trình phê duyệt (Lê Thu Hà).',
      link: '/ke-hoach/p1',
      occurrenceId: null,
    });
    expect(only({ kind: 'plan.returned', actor: director, plan, drafters: ['bvsn-coordinator'], comment: 'Bổ sung chỉ tiêu' })).toMatchObject({
      title: 'Kế hoạch bị trả lại',
      body: 'Dự thảo kế hoạch “Kế hoạch CCHC năm 2026” bị trả lại để chỉnh sửa. Lý do (Trần Hoài Bắc): “Bổ sung chỉ tiêu”',
    });
    expect(only({ kind: 'media.published', actor: director, item, channel: 'Trang thông tin điện tử' })).toMatchObject({
      title: 'Tin bài đã đăng',
      body: 'Tin bài “Ngày hội CCHC” đã được đăng trên Trang thông tin điện tử.',
      link: '/truyen-thong/m1',
    });
    expect(only({ kind: 'media.returned', actor: director, item, comment: 'Ảnh mờ' }).body).toBe('Tin bài “Ngày hội CCHC” bị trả lại để chỉnh sửa. Lý do (Trần Hoài Bắc): “Ảnh mờ”');
    expect(only({ kind: 'report.submitted', actor: { userId: 'ttyt-coordinator', name: null }, report })).toMatchObject({
      title: 'Báo cáo mới gửi lên',
      body: 'Trung tâm Y tế Cam Đường đã gửi báo cáo kết quả CCHC quý I năm 2026.',
      link: '/bao-cao/r1',
      organizationId: 'ttyt',
    });
    expect(only({ kind: 'report.returned', actor: { userId: 'syt-director', name: 'Nguyễn Văn An' }, report, comment: 'Thiếu số liệu quý I' }).body).toBe(
      'Báo cáo kết quả CCHC quý I năm 2026 của Trung tâm Y tế Cam Đường bị trả lại. Lý do (Nguyễn Văn An): “Thiếu số liệu quý I”',
    );
  });
});
