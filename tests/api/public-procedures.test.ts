import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../support/multipart';
import { addProcedure, recordCopyProcedure } from '../support/procedure-fixtures';
import { decodeQrPng, firstDataPng } from '../support/qr-decode';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

const FORM = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]);

/**
 * The citizen pages of procedures (issue 13): what is in force today, searchable without diacritics,
 * everything needed to carry one out, forms to download, and an A4 posting sheet whose QR code opens the
 * online page. Internal procedures, ones not yet in force and staff names are never shown.
 */
describe.each(DIALECTS)('public procedure pages on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let khth: string;
  const ids: Record<string, string> = {};

  const procedure = (over: Record<string, unknown>) => recordCopyProcedure(khth, over);

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    coordinator = await t.login('bvsn.coordinator');
    khth = await orgId(t.store, 'KHTH', 'BVSN');
    const add = async (key: string, body: Record<string, unknown>) => (ids[key] = await addProcedure(t, coordinator, body));
    await add('record', procedure({}));
    await add('health', procedure({ code: 'BVSN-TT-02', name: 'Khám sức khỏe cấp giấy chứng nhận sức khỏe', field: 'Giám định, khám sức khỏe', fees: [], dossier: [] }));
    await add('internal', procedure({ code: 'BVSN-QT-01', scope: 'internal', name: 'Quy trình nội bộ tiếp nhận hồ sơ' }));
    await add('future', procedure({ code: 'BVSN-TT-09', name: 'Thủ tục sắp áp dụng', issued: { effectiveOn: '2099-01-01' } }));
    await add('old', procedure({ code: 'BVSN-TT-00', name: 'Thủ tục sao hồ sơ bệnh án cũ' }));
    const replaced = await t.request('POST', `/api/procedures/${ids.old}/events`, {
      cookie: coordinator,
      body: { kind: 'replaced', effectiveOn: '2025-01-01', decidingDocument: '88/QĐ-BVSN', replacedById: ids.record },
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    const form = multipartBody({}, { name: 'mau-giay-de-nghi.docx', content: FORM });
    const upload = await t.app.inject({ method: 'POST', url: `/api/procedures/${ids.record}/forms`, headers: { ...form.headers, cookie: coordinator }, payload: form.payload });
    expect(upload.statusCode, upload.body).toBe(201);
  });
  afterAll(() => t.close());

  const version = async (key: string): Promise<number> => (await t.request('GET', `/api/procedures/${ids[key]}`, { cookie: coordinator })).json().version;
  const page = async (url: string) => {
    const res = await t.request('GET', url);
    return { status: res.statusCode, html: res.body, type: res.headers['content-type'] };
  };

  it('lists the public procedures in force by field, without internal or not-yet ones, and with no script', async () => {
    const { status, html, type } = await page('/p/bvsn/thu-tuc');
    expect(status).toBe(200);
    expect(type).toContain('text/html');
    expect(html).toContain('Cung cấp bản tóm tắt hồ sơ bệnh án');
    expect(html).toContain('Khám sức khỏe cấp giấy chứng nhận sức khỏe');
    expect(html).toContain('Có 2 thủ tục đang có hiệu lực');
    expect(html).toContain('05 ngày làm việc');
    expect(html).toContain('Phí từ 5.000 đồng');
    for (const hidden of ['Quy trình nội bộ tiếp nhận hồ sơ', 'Thủ tục sắp áp dụng', 'Thủ tục sao hồ sơ bệnh án cũ', '<script']) expect(html).not.toContain(hidden);
  });

  it('finds a procedure typed without diacritics, and filters by field', async () => {
    const found = await page('/p/BVSN/thu-tuc?q=giay+chung+nhan+suc+khoe');
    expect(found.html).toContain('Tìm thấy 1 thủ tục');
    expect(found.html).toContain('Khám sức khỏe cấp giấy chứng nhận sức khỏe');
    expect(found.html).not.toContain('Cung cấp bản tóm tắt hồ sơ bệnh án');
    const field = await page(`/p/bvsn/thu-tuc?linh-vuc=${encodeURIComponent('Khám bệnh, chữa bệnh')}`);
    expect(field.html).toContain('Cung cấp bản tóm tắt hồ sơ bệnh án');
    expect(field.html).not.toContain('Khám sức khỏe cấp giấy chứng nhận sức khỏe');
    const none = await page('/p/bvsn/thu-tuc?q=%25%25xyz');
    expect(none.html).toContain('Không có thủ tục nào khớp');
  });

  it('shows everything a citizen needs on the procedure page, with its forms to download and no staff names', async () => {
    const { status, html } = await page('/p/bvsn/thu-tuc/BVSN-TT-01');
    expect(status).toBe(200);
    for (const text of ['Trình tự thực hiện', 'Người bệnh nộp giấy đề nghị tại Bộ phận một cửa', 'Thời gian: 15 phút', 'Thành phần hồ sơ', 'Số lượng: 01 bản', 'Căn cứ pháp lý', 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15', 'Mẫu đơn, tờ khai', 'mau-giay-de-nghi.docx', 'Dịch vụ công trực tuyến một phần', 'Ban hành từ ngày 01/03/2024 — 125/QĐ-BVSN', `phiên bản ${await version('record')}`])
      expect(html).toContain(text);
    expect(html).toMatch(/Nơi thực hiện: [^<]*Kế hoạch tổng hợp/);
    const coordinatorName: string = (await t.request('GET', '/api/me', { cookie: coordinator })).json().user.fullName;
    expect(html).not.toContain(coordinatorName);
    const formLink = /href="(\/p\/bvsn\/thu-tuc\/BVSN-TT-01\/bieu-mau\/[^"]+)"/.exec(html)?.[1];
    expect(formLink).toBeTruthy();
    const download = await t.request('GET', formLink!);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(FORM)).toBe(true);
    expect(download.headers['content-disposition']).toContain('attachment');
  });

  it('dates the last change by the day in Vietnam, not in UTC', async () => {
    // 17:30 UTC on the 4th is half past midnight on the 5th in Vietnam.
    await t.store.db.updateTable('procedures').set({ content_changed_at: '2026-12-04T17:30:00.000Z' }).where('id', '=', ids.health!).execute();
    expect((await page('/p/bvsn/thu-tuc/BVSN-TT-02')).html).toContain('Cập nhật ngày 05/12/2026');
  });

  it("never serves a posting's photo as a form: it is the body's record, not the citizen's", async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const form = multipartBody({ place: 'premises', postedOn: '2026-02-01' }, { name: 'bang-niem-yet.png', content: png });
    const posted = await t.app.inject({ method: 'POST', url: `/api/procedures/${ids.record}/postings`, headers: { ...form.headers, cookie: await t.login('bvsn.editor') }, payload: form.payload });
    expect(posted.statusCode, posted.body).toBe(201);
    const photoId: string = posted.json().proofFile.id;
    expect((await page(`/p/bvsn/thu-tuc/BVSN-TT-01/bieu-mau/${photoId}`)).status).toBe(404);
    expect((await page('/p/bvsn/thu-tuc/BVSN-TT-01')).html).not.toContain(photoId);
  });

  it('answers an old code with what replaced it, and 404 for internal, not-yet and unknown procedures', async () => {
    const old = await page('/p/bvsn/thu-tuc/BVSN-TT-00');
    expect(old.status).toBe(200);
    expect(old.html).toContain('Đã bị thay thế từ ngày 01/01/2025');
    expect(old.html).toContain('href="/p/bvsn/thu-tuc/BVSN-TT-01"');
    expect(old.html).not.toContain('Trình tự thực hiện');
    expect((await page('/p/bvsn/thu-tuc/BVSN-TT-00/niem-yet')).status).toBe(404);
    for (const url of ['/p/bvsn/thu-tuc/BVSN-QT-01', '/p/bvsn/thu-tuc/BVSN-TT-09', '/p/bvsn/thu-tuc/KHONG-CO', '/p/khong-co/thu-tuc', '/p/bvsn/thu-tuc/BVSN-QT-01/niem-yet'])
      expect((await page(url)).status, url).toBe(404);
  });

  it('prints an A4 posting sheet whose QR code decodes to the online page', async () => {
    const { status, html } = await page('/p/bvsn/thu-tuc/BVSN-TT-01/niem-yet');
    expect(status).toBe(200);
    expect(html).toContain('Cung cấp bản tóm tắt hồ sơ bệnh án');
    expect(html).toContain(`Phiên bản ${await version('record')}, cập nhật ngày`);
    expect(html).not.toContain('<script');
    const url = decodeQrPng(firstDataPng(html));
    expect(url).toMatch(/^https?:\/\/[^/]+\/p\/bvsn\/thu-tuc\/BVSN-TT-01$/);
    expect(html).toContain(url!);
  });

  it('shows the new version on the page and the sheet once the content changes', async () => {
    const before = await version('record');
    const res = await t.request('PATCH', `/api/procedures/${ids.record}`, { cookie: coordinator, body: { processingTime: { value: 3, unit: 'working_days' } } });
    expect(res.statusCode, res.body).toBe(200);
    const { html } = await page('/p/bvsn/thu-tuc/BVSN-TT-01');
    expect(html).toContain('03 ngày làm việc');
    expect(await version('record')).toBe(before + 1);
    expect(html).toContain(`phiên bản ${before + 1}`);
    expect((await page('/p/bvsn/thu-tuc/BVSN-TT-01/niem-yet')).html).toContain(`Phiên bản ${before + 1}`);
  });
});
