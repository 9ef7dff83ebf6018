import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/domain/calendar';
import { actingUsers } from '../support/acting-users';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Notice = { id: string; kind: string; title: string; body: string; link: string | null; occurrenceId: string | null };

/**
 * Each workflow step tells the people whose turn it is, in the app, with a link to the thing; the one who
 * made the step and everyone in other bodies hear nothing.
 */
describe.each(DIALECTS)('workflow notifications on %s', (dialect) => {
  let t: TestApp;
  const { as, send } = actingUsers(() => t);
  const inbox = async (username: string): Promise<Notice[]> => (await t.request('GET', '/api/notifications?limit=100', { cookie: await as(username) })).json().items;
  const about = async (username: string, link: string, title?: string) => (await inbox(username)).filter((n) => n.link === link && (!title || n.title === title));

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
  });
  afterAll(() => t?.close());

  describe('plans', () => {
    let planId: string;
    let link: string;

    beforeAll(async () => {
      const ttyt = await orgId(t.store, 'TTYT-LCCD');
      planId = (await t.store.db.selectFrom('plans').select('id').where('organization_id', '=', ttyt).where('state', '=', 'draft').where('year', '=', 2026).executeTakeFirstOrThrow()).id;
      link = `/ke-hoach/${planId}`;
    });

    it("sends a plan up to the body's directors, and a returned one back to the coordinator with the reason", async () => {
      await send('ttyt-lccd.coordinator', 'POST', `/api/plans/${planId}/transition`, { to: 'submitted' });
      expect(await about('ttyt-lccd.director', link)).toEqual([expect.objectContaining({ kind: 'workflow.plan.submitted', title: 'Kế hoạch chờ phê duyệt', occurrenceId: null })]);
      expect((await about('ttyt-lccd.director', link))[0]!.body).toMatch(/^Kế hoạch “.+” của Trung tâm Y tế khu vực Lào Cai - Cam Đường được trình phê duyệt \(.+\)\.$/);
      expect(await about('ttyt-lccd.coordinator', link)).toEqual([]);
      expect(await about('bvsn.director', link)).toEqual([]);

      await send('ttyt-lccd.director', 'POST', `/api/plans/${planId}/transition`, { to: 'draft', comment: 'Bổ sung chỉ tiêu tuyên truyền trên Zalo' });
      const [returned] = await about('ttyt-lccd.coordinator', link, 'Kế hoạch bị trả lại');
      expect(returned!.body).toMatch(/bị trả lại để chỉnh sửa\. Lý do \(.+\): “Bổ sung chỉ tiêu tuyên truyền trên Zalo”$/);
      expect(await about('ttyt-lccd.director', link, 'Kế hoạch bị trả lại')).toEqual([]);
    });

    it("tells of an issued plan the body's coordinators and the reporters of each department it gives work to", async () => {
      await send('ttyt-lccd.coordinator', 'POST', `/api/plans/${planId}/transition`, { to: 'submitted' });
      await send('ttyt-lccd.director', 'POST', `/api/plans/${planId}/transition`, { to: 'issued', issuedOn: '2026-01-20' });
      expect(await about('ttyt-lccd.coordinator', link, 'Kế hoạch đã ban hành')).toHaveLength(1);
      const [office] = await about('ttyt-lccd.tchc-tckt', link, 'Kế hoạch đã ban hành');
      expect(office!.body).toMatch(/^Kế hoạch số \d{2}\/KH-[A-Z]+ “.+” của .+ đã được ban hành, giao nhiệm vụ cho Phòng Tổ chức hành chính - Tài chính kế toán\.$/);
      expect(await about('ttyt-lccd.director', link, 'Kế hoạch đã ban hành')).toEqual([]);
      expect(await about('bvsn.tchc', link)).toEqual([]);
      expect(await about('syt-lc.coordinator', link)).toEqual([]);
    });

    it("tells the coordinators of the bodies a department of health's plan assigns work to", async () => {
      const syt = await orgId(t.store, 'SYT-LC');
      const issued = await t.store.db.selectFrom('plans').select('id').where('organization_id', '=', syt).where('state', '=', 'issued').orderBy('id').executeTakeFirstOrThrow();
      const draft = await send('syt-lc.coordinator', 'POST', '/api/plans', { copyFromId: issued.id });
      await send('syt-lc.coordinator', 'POST', `/api/plans/${draft.id}/transition`, { to: 'submitted' });
      await send('syt-lc.director', 'POST', `/api/plans/${draft.id}/transition`, { to: 'issued' });
      const sytLink = `/ke-hoach/${draft.id}`;
      for (const [username, body] of [
        ['bvsn.coordinator', 'Bệnh viện Sản - Nhi tỉnh Lào Cai'],
        ['ttyt-lccd.coordinator', 'Trung tâm Y tế khu vực Lào Cai - Cam Đường'],
      ] as const) {
        const notices = await about(username, sytLink, 'Kế hoạch đã ban hành');
        expect(notices, username).toHaveLength(1);
        expect(notices[0]!.body).toContain(`giao nhiệm vụ cho ${body}.`);
      }
      expect(await about('syt-lc.coordinator', sytLink, 'Kế hoạch đã ban hành')).toHaveLength(1);
      expect(await about('syt-ht.coordinator', sytLink)).toEqual([]);
      expect(await about('cdc-ht.coordinator', sytLink)).toEqual([]);
    });
  });

  describe('work', () => {
    let work: { id: string; task_id: string }[];

    beforeAll(async () => {
      // The health centre's plan issued above gives quarterly work to its TCHC-TCKT office.
      const ttyt = await orgId(t.store, 'TTYT-LCCD');
      const office = await orgId(t.store, 'TCHC-TCKT', 'TTYT-LCCD');
      const plan = await t.store.db.selectFrom('plans').select('id').where('organization_id', '=', ttyt).where('state', '=', 'issued').where('year', '=', 2026).executeTakeFirstOrThrow();
      work = await t.store.db.selectFrom('occurrences').select(['id', 'task_id']).where('plan_id', '=', plan.id).where('organization_id', '=', office).where('due', 'is not', null).orderBy('due').execute();
    });

    it("sends submitted work to the body's coordinators, and their review back to the department with the comment", async () => {
      const [first] = work;
      const link = `/nhiem-vu/${first!.task_id}?ky=${first!.id}`;
      await send('ttyt-lccd.tchc-tckt', 'PATCH', `/api/occurrences/${first!.id}`, { status: 'submitted', note: 'Đã đăng 3 tin' });
      const [waiting] = await about('ttyt-lccd.coordinator', link);
      expect(waiting).toMatchObject({ kind: 'workflow.occurrence.submitted', title: 'Kết quả chờ duyệt', occurrenceId: first!.id });
      expect(waiting!.body).toMatch(/^Phòng Tổ chức hành chính - Tài chính kế toán đã nộp kết quả nhiệm vụ “.+” \(hạn \d{2}\/\d{2}\/2026\), chờ duyệt\.$/);
      expect(await about('ttyt-lccd.tchc-tckt', link)).toEqual([]);
      expect(await about('bvsn.coordinator', link)).toEqual([]);

      await send('ttyt-lccd.coordinator', 'POST', `/api/occurrences/${first!.id}/review`, { decision: 'return', comment: 'Thiếu đường liên kết tới các tin đã đăng' });
      const [returned] = await about('ttyt-lccd.tchc-tckt', link, 'Kết quả bị trả lại');
      expect(returned!.body).toMatch(/bị trả lại, cần bổ sung\. Lý do \(.+\): “Thiếu đường liên kết tới các tin đã đăng”$/);
      expect(await about('ttyt-lccd.truyenthong', link)).toEqual([]);

      await send('ttyt-lccd.tchc-tckt', 'PATCH', `/api/occurrences/${first!.id}`, { status: 'submitted' });
      await send('ttyt-lccd.coordinator', 'POST', `/api/occurrences/${first!.id}/review`, { decision: 'accept' });
      expect(await about('ttyt-lccd.tchc-tckt', link, 'Kết quả được duyệt')).toHaveLength(1);
      expect(await about('ttyt-lccd.coordinator', link)).toHaveLength(2);
    });
  });

  describe('communication items', () => {
    it('sends an item to the editors and directors for approval, and every outcome to its proposer', async () => {
      const unitId = await orgId(t.store, 'TCHC', 'BVSN');
      const created = await send('bvsn.tchc', 'POST', '/api/media-items', { kind: 'news', title: 'Khoa Khám bệnh triển khai đặt lịch khám trực tuyến', unitId });
      const link = `/truyen-thong/${created.id}`;
      await send('bvsn.tchc', 'POST', `${link.replace('/truyen-thong', '/api/media-items')}/transition`, { to: 'submitted' });
      for (const username of ['bvsn.editor', 'bvsn.director']) expect(await about(username, link, 'Tin bài chờ duyệt'), username).toHaveLength(1);
      expect(await about('bvsn.coordinator', link)).toEqual([]);
      expect(await about('ttyt-lccd.editor', link)).toEqual([]);
      expect(await about('bvsn.tchc', link)).toEqual([]);

      const transition = `/api/media-items/${created.id}/transition`;
      await send('bvsn.editor', 'POST', transition, { to: 'returned', comment: 'Cần thêm ảnh minh hoạ' });
      expect((await about('bvsn.tchc', link, 'Tin bài bị trả lại'))[0]!.body).toBe('Tin bài “Khoa Khám bệnh triển khai đặt lịch khám trực tuyến” bị trả lại để chỉnh sửa. Lý do (' + (await t.store.db.selectFrom('users').select('full_name').where('username', '=', 'bvsn.editor').executeTakeFirstOrThrow()).full_name + '): “Cần thêm ảnh minh hoạ”');
      await send('bvsn.tchc', 'POST', transition, { to: 'submitted' });
      await send('bvsn.director', 'POST', transition, { to: 'approved' });
      expect(await about('bvsn.tchc', link, 'Tin bài được duyệt')).toHaveLength(1);
      await send('bvsn.editor', 'POST', transition, { to: 'published', channel: 'zalo', publishedAt: todayInVietnam(new Date()) });
      expect((await about('bvsn.tchc', link, 'Tin bài đã đăng'))[0]!.body).toBe('Tin bài “Khoa Khám bệnh triển khai đặt lịch khám trực tuyến” đã được đăng trên Nhóm Zalo.');
      expect(await about('bvsn.editor', link, 'Tin bài đã đăng')).toEqual([]);
    });
  });

  describe('reports', () => {
    it("tells the body's coordinators of approval, the parent body of submission, and the body of a return", async () => {
      const report = await send('ttyt-lccd.coordinator', 'POST', '/api/reports', { period: 'Q1', year: 2026 });
      const link = `/bao-cao/${report.id}`;
      const transition = `/api/reports/${report.id}/transition`;
      await send('ttyt-lccd.director', 'POST', transition, { to: 'approved' });
      expect(await about('ttyt-lccd.coordinator', link, 'Báo cáo được phê duyệt')).toHaveLength(1);
      expect(await about('syt-lc.coordinator', link)).toEqual([]);

      await send('ttyt-lccd.coordinator', 'POST', transition, { to: 'submitted' });
      for (const username of ['syt-lc.coordinator', 'syt-lc.director']) {
        const [notice] = await about(username, link, 'Báo cáo mới gửi lên');
        expect(notice!.body, username).toBe('Trung tâm Y tế khu vực Lào Cai - Cam Đường đã gửi báo cáo kết quả CCHC quý I năm 2026.');
      }
      expect(await about('syt-ht.coordinator', link)).toEqual([]);
      expect(await about('bvsn.coordinator', link)).toEqual([]);

      await send('syt-lc.director', 'POST', transition, { to: 'returned', comment: 'Bổ sung số liệu TTHC' });
      expect((await about('ttyt-lccd.coordinator', link, 'Báo cáo bị trả lại'))[0]!.body).toMatch(/^Báo cáo kết quả CCHC quý I năm 2026 của .+ bị trả lại\. Lý do \(.+\): “Bổ sung số liệu TTHC”$/);
    });
  });

  it("never tells anyone of another body's things: every notice is about the reader's own body, one under it, or the body above that gives it work", async () => {
    const rows = await t.store.db
      .selectFrom('notifications as n')
      .innerJoin('organizations as about', 'about.id', 'n.organization_id')
      .innerJoin('user_roles as r', 'r.user_id', 'n.user_id')
      .innerJoin('organizations as home', 'home.id', 'r.organization_id')
      .innerJoin('organizations as homeBody', 'homeBody.id', 'home.body_id')
      .select(['n.id', 'n.kind', 'about.path as aboutPath', 'homeBody.path as bodyPath'])
      .where('n.kind', 'like', 'workflow.%')
      .execute();
    expect(rows.length).toBeGreaterThan(20);
    const reachable = new Map<string, boolean>();
    for (const r of rows) reachable.set(r.id, (reachable.get(r.id) ?? false) || r.aboutPath.startsWith(r.bodyPath) || (r.kind === 'workflow.plan.issued' && r.bodyPath.startsWith(r.aboutPath)));
    expect([...reachable].filter(([, ok]) => !ok)).toEqual([]);
  });

  describe('settings', () => {
    it('answers and keeps how a person takes e-mail, refusing unknown fields and values in Vietnamese', async () => {
      expect((await t.request('GET', '/api/me/notification-settings')).statusCode).toBe(401);
      expect(await send('bvsn.tchc', 'GET', '/api/me/notification-settings')).toEqual({ email: 'immediate', address: null, emailAvailable: false });
      expect(await send('bvsn.tchc', 'PUT', '/api/me/notification-settings', { email: 'digest' })).toMatchObject({ email: 'digest' });
      expect(await send('bvsn.tchc', 'GET', '/api/me/notification-settings')).toMatchObject({ email: 'digest' });
      expect(await send('bvsn.kb', 'GET', '/api/me/notification-settings')).toMatchObject({ email: 'immediate' });

      const unknown = await t.request('PUT', '/api/me/notification-settings', { cookie: await as('bvsn.tchc'), body: { email: 'off', sms: true } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Trường không được hỗ trợ: sms', details: [{ field: 'sms', message: 'Trường không được hỗ trợ: sms' }] });
      const wrong = await t.request('PUT', '/api/me/notification-settings', { cookie: await as('bvsn.tchc'), body: { email: 'weekly' } });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.details).toEqual([expect.objectContaining({ field: 'email' })]);
      expect(await send('bvsn.tchc', 'GET', '/api/me/notification-settings')).toMatchObject({ email: 'digest' });
      const audit = await t.store.db.selectFrom('audit_log').select('summary').where('action', '=', 'notification.settings').where('actor_username', '=', 'bvsn.tchc').execute();
      expect(audit).toEqual([{ summary: 'Cài đặt thư thông báo: một thư tổng hợp mỗi ngày' }]);
    });
  });
});
