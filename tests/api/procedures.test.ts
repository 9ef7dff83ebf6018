import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseChecksum } from '../support/db-checksum';
import { multipartBody } from '../support/multipart';
import { recordCopyProcedure } from '../support/procedure-fixtures';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const DOCX_HEAD = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]);

/**
 * The registry of procedures (issue 13): a body keeps its procedures with dated events; a change of
 * content makes a procedure stale until it is posted again; the posted share is one count for the
 * registry and the department of health's table; a body never sees or changes another's.
 */
describe.each(DIALECTS)('procedures on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let editor: string;
  let khth: string;
  let bodyId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    coordinator = await t.login('bvsn.coordinator');
    editor = await t.login('bvsn.editor');
    bodyId = await orgId(t.store, 'BVSN');
    khth = await orgId(t.store, 'KHTH', 'BVSN');
  });
  afterAll(() => t.close());

  // The shared hospital procedure, with a second paper and a decree cited so the legal basis links two documents.
  const recordCopy = () =>
    recordCopyProcedure(khth, {
      dossier: [{ name: 'Giấy đề nghị cung cấp tóm tắt hồ sơ bệnh án', copies: 1 }, { name: 'Căn cước công dân (bản sao)', copies: 1 }],
      legalBasis: 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15; Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ',
    });

  let id: string;

  it('adds a procedure with its issuing decision: in force, not posted yet, its legal basis linked to the registry', async () => {
    const res = await t.request('POST', '/api/procedures', { cookie: coordinator, body: recordCopy() });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    id = p.id;
    expect(p).toMatchObject({
      code: 'BVSN-TT-01',
      organization: { id: bodyId },
      status: 'in_force',
      standing: 'not_posted',
      version: 1,
      responsibleUnit: { id: khth, name: 'Phòng Kế hoạch tổng hợp' },
      publicUrl: '/p/bvsn/thu-tuc/BVSN-TT-01',
      can: { update: true, post: true },
    });
    expect(p.steps[1].unit).toEqual({ id: khth, name: 'Phòng Kế hoạch tổng hợp' });
    expect(p.events).toMatchObject([{ kind: 'issued', effectiveOn: '2024-03-01', decidingDocument: '125/QĐ-BVSN' }]);
    expect(p.legalDocuments.map((d: { code: string }) => d.code)).toEqual(['15/2023/QH15', '96/2023/NĐ-CP']);
    // The cited documents joined the registry, so each links to an entry.
    expect(p.legalDocuments.every((d: { id: string | null }) => d.id !== null)).toBe(true);
  });

  it('refuses bad input in Vietnamese, changing nothing', async () => {
    const before = await databaseChecksum(t.store);
    const unknown = await t.request('POST', '/api/procedures', { cookie: coordinator, body: { ...recordCopy(), code: 'X-1', body: 'lạ' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('Trường không được hỗ trợ: body');
    const taken = await t.request('POST', '/api/procedures', { cookie: coordinator, body: recordCopy() });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('PROCEDURE_CODE_TAKEN');
    const foreignUnit = await orgId(t.store, 'VP', 'SYT-LC');
    const res = await t.request('POST', '/api/procedures', { cookie: coordinator, body: { ...recordCopy(), code: 'X-2', responsibleUnitId: foreignUnit } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'responsibleUnitId', message: 'Không phải khoa, phòng đang hoạt động của đơn vị' }]);
    const badCode = await t.request('POST', '/api/procedures', { cookie: coordinator, body: { ...recordCopy(), code: 'mã có dấu cách' } });
    expect(badCode.statusCode).toBe(400);
    expect((await t.request('POST', '/api/procedures', { cookie: editor, body: { ...recordCopy(), code: 'X-3' } })).statusCode).toBe(403);
    expect(await databaseChecksum(t.store)).toBe(before);
  });

  it('counts a posting of the current version as posted, a change of content as stale, and a new posting as posted again', async () => {
    const posted = await t.request('POST', `/api/procedures/${id}/postings`, { cookie: editor, body: { place: 'premises', postedOn: '2024-03-05' } });
    expect(posted.statusCode).toBe(201);
    expect(posted.json()).toMatchObject({ place: 'premises', postedOn: '2024-03-05', version: 1 });
    expect((await t.request('GET', `/api/procedures/${id}`, { cookie: editor })).json().standing).toBe('posted');

    const amended = await t.request('PATCH', `/api/procedures/${id}`, { cookie: coordinator, body: { processingTime: { value: 3, unit: 'working_days' } } });
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toMatchObject({ version: 2, standing: 'stale', processingTime: { value: 3, unit: 'working_days', note: null } });
    // The same content again is no change: no new version.
    expect((await t.request('PATCH', `/api/procedures/${id}`, { cookie: coordinator, body: { processingTime: { value: 3, unit: 'working_days' } } })).json().version).toBe(2);
    const stale = (await t.request('GET', '/api/procedures?stale=1', { cookie: editor })).json();
    expect(stale.items.map((p: { code: string }) => p.code)).toEqual(['BVSN-TT-01']);
    expect(stale.counts).toEqual({ inForce: 1, posted: 0, stale: 1, notPosted: 0, percent: 0 });

    const form = multipartBody({ place: 'website', postedOn: '2026-01-10', note: 'Đăng tại chuyên mục TTHC' }, { name: 'Bảng niêm yết.png', content: PNG });
    const withPhoto = await t.app.inject({ method: 'POST', url: `/api/procedures/${id}/postings`, headers: { ...form.headers, cookie: editor }, payload: form.payload });
    expect(withPhoto.statusCode).toBe(201);
    expect(withPhoto.json()).toMatchObject({ place: 'website', version: 2, proofFile: { name: 'Bảng niêm yết.png', mediaType: 'image/png' } });
    const photo = await t.request('GET', withPhoto.json().proofFile.url, { cookie: editor });
    expect(photo.statusCode).toBe(200);
    expect(photo.rawPayload.equals(PNG)).toBe(true);
    const list = (await t.request('GET', '/api/procedures', { cookie: editor })).json();
    expect(list.counts).toEqual({ inForce: 1, posted: 1, stale: 0, notPosted: 0, percent: 100 });
  });

  it('refuses a posting dated after today, an unknown form field and a file that is not an image', async () => {
    const before = await databaseChecksum(t.store);
    const future = await t.request('POST', `/api/procedures/${id}/postings`, { cookie: editor, body: { place: 'premises', postedOn: '2099-01-01' } });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toMatch(/^Ngày niêm yết không thể sau hôm nay/);
    const extra = multipartBody({ place: 'premises', postedOn: '2026-01-10', ghiChu: 'x' }, { name: 'a.png', content: PNG });
    const unknown = await t.app.inject({ method: 'POST', url: `/api/procedures/${id}/postings`, headers: { ...extra.headers, cookie: editor }, payload: extra.payload });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('Trường không được hỗ trợ: ghiChu');
    const fake = multipartBody({ place: 'premises', postedOn: '2026-01-10' }, { name: 'anh.png', content: Buffer.from('<html>không phải ảnh</html>') });
    const disguised = await t.app.inject({ method: 'POST', url: `/api/procedures/${id}/postings`, headers: { ...fake.headers, cookie: editor }, payload: fake.payload });
    expect(disguised.statusCode).toBe(400);
    expect(await databaseChecksum(t.store)).toBe(before);
  });

  it('makes a new form a new version to post, and serves it for download', async () => {
    const form = multipartBody({}, { name: 'Mẫu giấy đề nghị.docx', content: DOCX_HEAD });
    const res = await t.app.inject({ method: 'POST', url: `/api/procedures/${id}/forms`, headers: { ...form.headers, cookie: coordinator }, payload: form.payload });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: 3, standing: 'stale', forms: [{ name: 'Mẫu giấy đề nghị.docx' }] });
    const file = await t.request('GET', res.json().forms[0].url, { cookie: editor });
    expect(file.headers['content-disposition']).toMatch(/^attachment/);
    expect((await t.request('POST', `/api/procedures/${id}/postings`, { cookie: editor, body: { place: 'premises', postedOn: '2026-02-01' } })).json().version).toBe(3);
    // A posting's photo is the record of what was done: it stays. A form can be taken off (a new version again).
    const detail = (await t.request('GET', `/api/procedures/${id}`, { cookie: editor })).json();
    const proofId = detail.postings.find((p: { proofFile: unknown }) => p.proofFile).proofFile.id;
    expect((await t.request('DELETE', `/api/procedure-files/${proofId}`, { cookie: coordinator })).statusCode).toBe(409);
    expect((await t.request('DELETE', `/api/procedure-files/${detail.forms[0].id}`, { cookie: editor })).statusCode).toBe(403);
    const removed = await t.request('DELETE', `/api/procedure-files/${detail.forms[0].id}`, { cookie: coordinator });
    expect(removed.json()).toMatchObject({ version: 4, standing: 'stale', forms: [] });
    expect((await t.request('GET', detail.forms[0].url, { cookie: editor })).statusCode).toBe(404);
    await t.request('POST', `/api/procedures/${id}/postings`, { cookie: editor, body: { place: 'premises', postedOn: '2026-02-02' } });
  });

  it('reads the status in force on any day from the dated events: replaced by its successor, and abolished', async () => {
    const successor = (await t.request('POST', '/api/procedures', { cookie: coordinator, body: { ...recordCopy(), code: 'BVSN-TT-02', name: 'Cung cấp bản sao, tóm tắt hồ sơ bệnh án', issued: { effectiveOn: '2026-07-01', decidingDocument: '210/QĐ-BVSN' } } })).json();
    const noSuccessor = await t.request('POST', `/api/procedures/${id}/events`, { cookie: coordinator, body: { kind: 'replaced', effectiveOn: '2026-07-01' } });
    expect(noSuccessor.statusCode).toBe(400);
    const replaced = await t.request('POST', `/api/procedures/${id}/events`, { cookie: coordinator, body: { kind: 'replaced', effectiveOn: '2026-07-01', decidingDocument: '210/QĐ-BVSN', replacedById: successor.id } });
    expect(replaced.statusCode).toBe(201);
    expect(replaced.json()).toMatchObject({ kind: 'replaced', replacedBy: { code: 'BVSN-TT-02' } });
    expect((await t.request('GET', `/api/procedures/${id}?on=2026-06-30`, { cookie: editor })).json().status).toBe('in_force');
    expect((await t.request('GET', `/api/procedures/${id}?on=2026-07-01`, { cookie: editor })).json().status).toBe('replaced');
    const june = (await t.request('GET', '/api/procedures?on=2026-06-30&status=in_force', { cookie: editor })).json();
    expect(june.items.map((p: { code: string }) => p.code)).toEqual(['BVSN-TT-01']);
    const july = (await t.request('GET', '/api/procedures?on=2026-07-01&status=in_force', { cookie: editor })).json();
    expect(july.items.map((p: { code: string }) => p.code)).toEqual(['BVSN-TT-02']);

    const abolish = await t.request('POST', `/api/procedures/${successor.id}/events`, { cookie: coordinator, body: { kind: 'abolished', effectiveOn: '2030-01-01', decidingDocument: '5/QĐ-BVSN' } });
    expect(abolish.statusCode).toBe(201);
    expect((await t.request('GET', `/api/procedures/${successor.id}?on=2030-01-01`, { cookie: editor })).json().status).toBe('abolished');
  });

  it('finds procedures without diacritics, by field, and lists the fields to filter by', async () => {
    const found = (await t.request('GET', '/api/procedures?q=tom%20tat%20ho%20so', { cookie: editor })).json();
    expect(found.items.map((p: { code: string }) => p.code)).toEqual(['BVSN-TT-01', 'BVSN-TT-02']);
    expect(found.fields).toEqual(['Khám bệnh, chữa bệnh']);
    expect((await t.request('GET', `/api/procedures?field=${encodeURIComponent('Dược')}`, { cookie: editor })).json().items).toEqual([]);
  });

  it('keeps another body out: its procedures look as if they did not exist', async () => {
    const stranger = await t.login('syt-ht.coordinator');
    expect((await t.request('GET', `/api/procedures/${id}`, { cookie: stranger })).statusCode).toBe(404);
    expect((await t.request('PATCH', `/api/procedures/${id}`, { cookie: stranger, body: { name: 'Sửa bậy' } })).statusCode).toBe(404);
    expect((await t.request('POST', `/api/procedures/${id}/postings`, { cookie: stranger, body: { place: 'premises', postedOn: '2026-01-01' } })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/procedures?organizationId=${bodyId}`, { cookie: stranger })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/procedures/posting-by-body', { cookie: stranger })).json().items.map((i: { organization: { id: string } }) => i.organization.id)).not.toContain(bodyId);
  });

  it("shows the department of health every body's posted share from the same count, and lets it read but not change", async () => {
    const syt = await t.login('syt-lc.coordinator');
    const table = (await t.request('GET', '/api/procedures/posting-by-body', { cookie: syt })).json();
    const bvsn = table.items.find((i: { organization: { id: string } }) => i.organization.id === bodyId);
    const own = (await t.request('GET', '/api/procedures', { cookie: editor })).json().counts;
    expect(bvsn.counts).toEqual(own);
    expect(table.targetPercent).toBe(100);
    expect(table.items.length).toBeGreaterThan(1);
    expect((await t.request('GET', `/api/procedures/${id}`, { cookie: syt })).json().can).toEqual({ update: false, post: false });
    expect((await t.request('PATCH', `/api/procedures/${id}`, { cookie: syt, body: { name: 'Sửa từ Sở' } })).statusCode).toBe(403);
  });
});
