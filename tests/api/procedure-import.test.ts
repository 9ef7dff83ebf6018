import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/domain/calendar';
import { databaseChecksum } from '../support/db-checksum';
import { multipartBody } from '../support/multipart';
import { createTestApp, DIALECTS, orgId, type TestApp } from '../support/test-app';

type Row = {
  row: number;
  action: 'create' | 'update' | 'unchanged' | 'error';
  code: string | null;
  name: string | null;
  field: string | null;
  level: string;
  processingTime: unknown;
  fees: unknown[];
  decidingDocument: string | null;
  legalBasis: string | null;
  recognisedDocument: { kind: string; code: string; date: string | null; issuer: string | null; id: string | null } | null;
  effectiveOn: string | null;
  effectiveOnFromDocument: boolean;
  procedureId: string | null;
  changes: { field: string; before: string; after: string }[];
  problems: { code: string; message: string }[];
};
type Preview = { organization: { id: string; code: string }; rows: Row[]; counts: Record<Row['action'], number> };

/** A real workbook of one sheet, as Excel saves it; `merge` are ranges such as "A2:D2". */
async function xlsx(rows: ExcelJS.CellValue[][], merge: string[] = []): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh mục TTHC');
  rows.forEach((values, i) => (sheet.getRow(i + 1).values = values));
  for (const range of merge) sheet.mergeCells(range);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const DECISION = 'Quyết định số 2871/QĐ-UBND ngày 15/9/2017 của Chủ tịch UBND tỉnh Lào Cai';

/** A province's annex: title, header, fields as merged section rows, a row without code, a code written twice. */
const provinceList = () =>
  xlsx(
    [
      ['DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN TẠI BỆNH VIỆN'],
      ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Thời hạn giải quyết', 'Quyết định công bố'],
      ['I. Lĩnh vực Khám bệnh, chữa bệnh'],
      [1, 'IMP-01', 'Cấp giấy chứng nhận sức khỏe', '01 ngày làm việc', DECISION],
      [2, 'IMP-02', 'Cấp bản tóm tắt hồ sơ bệnh án', null, 'Quyết định số 645/QĐ-UBND'],
      [3, null, 'Thủ tục chưa có mã'],
      [],
      ['II. LĨNH VỰC DƯỢC PHẨM'],
      [4, 'IMP-03', 'Cấp chứng chỉ hành nghề dược', null, null],
      [5, 'IMP-09', 'Thủ tục ghi hai lần', null, null],
      [6, 'IMP-09', 'Thủ tục ghi hai lần (bản khác)', null, null],
    ],
    ['A1:E1', 'A3:E3', 'A8:E8'],
  );

/** What the person sends once they have looked at the preview: the rows it would add or correct. */
const confirm = (preview: Preview, extra: Record<string, unknown> = {}) => ({
  ...extra,
  rows: preview.rows
    .filter((r) => r.action === 'create' || r.action === 'update')
    .map((r) => ({ row: r.row, action: r.action, code: r.code, name: r.name, field: r.field, level: r.level, processingTime: r.processingTime, fees: r.fees, legalBasis: r.legalBasis, decidingDocument: r.decidingDocument })),
});

/**
 * Importing a list of procedures from Excel (issue 13): a preview of what each row would do, then an
 * all-or-nothing import of what was confirmed, into the caller's own body only.
 */
describe.each(DIALECTS)('importing a list of procedures on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;
  let bodyId: string;

  const preview = (content: Buffer, cookie = coordinator, fields: Record<string, string> = {}) => {
    const body = multipartBody(fields, { name: 'Danh mục TTHC.xlsx', content, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    return t.app.inject({ method: 'POST', url: '/api/procedures/import/preview', headers: { ...body.headers, ...(cookie ? { cookie } : {}) }, payload: body.payload });
  };
  const apply = (body: unknown, cookie = coordinator) => t.request('POST', '/api/procedures/import/apply', { cookie, body });
  const procedure = async (code: string) => {
    const list = (await t.request('GET', `/api/procedures?q=${encodeURIComponent(code)}`, { cookie: coordinator })).json().items as { id: string; code: string }[];
    const found = list.find((p) => p.code === code);
    return found ? (await t.request('GET', `/api/procedures/${found.id}`, { cookie: coordinator })).json() : undefined;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    coordinator = await t.login('bvsn.coordinator');
    bodyId = await orgId(t.store, 'BVSN');
  });
  afterAll(() => t.close());

  it('previews each row of a province list — field from the section above, deciding document recognised — and saves nothing', async () => {
    const before = await databaseChecksum(t.store);
    const res = await preview(await provinceList());
    expect(res.statusCode, res.body).toBe(200);
    const body: Preview = res.json();
    expect(body.organization).toMatchObject({ id: bodyId, code: 'BVSN' });
    expect(body.counts).toEqual({ create: 3, update: 0, unchanged: 0, error: 3 });
    expect(body.rows.map((r) => [r.row, r.code, r.field, r.action])).toEqual([
      [4, 'IMP-01', 'Khám bệnh, chữa bệnh', 'create'],
      [5, 'IMP-02', 'Khám bệnh, chữa bệnh', 'create'],
      [6, null, 'Khám bệnh, chữa bệnh', 'error'],
      [9, 'IMP-03', 'Dược phẩm', 'create'],
      [10, 'IMP-09', 'Dược phẩm', 'error'],
      [11, 'IMP-09', 'Dược phẩm', 'error'],
    ]);
    const [dated, undated, noCode] = body.rows;
    expect(dated).toMatchObject({
      name: 'Cấp giấy chứng nhận sức khỏe',
      // A hospital's list that names no level: its own.
      level: 'body',
      processingTime: { value: 1, unit: 'working_days', note: null },
      decidingDocument: DECISION,
      recognisedDocument: { kind: 'decision', code: '2871/QĐ-UBND', date: '2017-09-15', issuer: 'Chủ tịch UBND tỉnh Lào Cai', id: null },
      effectiveOn: '2017-09-15',
      effectiveOnFromDocument: true,
      problems: [],
    });
    expect(undated).toMatchObject({ recognisedDocument: { code: '645/QĐ-UBND', date: null }, effectiveOn: todayInVietnam(new Date()), effectiveOnFromDocument: false });
    expect(noCode!.problems).toEqual([{ code: 'MISSING_CODE', message: expect.stringContaining('Thiếu mã thủ tục') }]);
    expect(body.rows[4]!.problems[0]!.message).toBe('Mã thủ tục này có ở nhiều dòng (10, 11); hãy chỉ giữ một dòng.');
    expect(await databaseChecksum(t.store)).toBe(before);
  });

  it('imports the confirmed rows: each a procedure in force from its deciding document, which joins the registry', async () => {
    const previewed: Preview = (await preview(await provinceList())).json();
    const res = await apply(confirm(previewed));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 3, updated: 0 });

    const first = await procedure('IMP-01');
    expect(first).toMatchObject({ scope: 'public', name: 'Cấp giấy chứng nhận sức khỏe', field: 'Khám bệnh, chữa bệnh', level: 'body', status: 'in_force', standing: 'not_posted', version: 1 });
    expect(first.processingTime).toEqual({ value: 1, unit: 'working_days', note: null });
    expect(first.events).toMatchObject([{ kind: 'issued', effectiveOn: '2017-09-15', decidingDocument: DECISION }]);
    const undated = await procedure('IMP-02');
    expect(undated.events).toMatchObject([{ kind: 'issued', effectiveOn: todayInVietnam(new Date()), note: expect.stringContaining('không ghi ngày') }]);

    const registry = (await t.request('GET', '/api/legal-documents?q=2871', { cookie: coordinator })).json().items;
    expect(registry).toEqual([expect.objectContaining({ code: '2871/QĐ-UBND', issuedOn: '2017-09-15' })]);
    // Previewed again, the list now matches the registry, and the decision links to its entry.
    const again: Preview = (await preview(await provinceList())).json();
    expect(again.counts).toMatchObject({ create: 0, unchanged: 3 });
    expect(again.rows[0]!.recognisedDocument!.id).toBe(registry[0].id);

    const director = await t.login('bvsn.director');
    const audit = (await t.request('GET', `/api/audit-log?entityId=${bodyId}&action=procedure.import`, { cookie: director })).json().items;
    expect(audit).toEqual([expect.objectContaining({ action: 'procedure.import', summary: 'Nhập danh mục thủ tục từ Excel: thêm 3, sửa 0 thủ tục' })]);
    expect((await t.request('GET', `/api/audit-log?entityId=${first.id}`, { cookie: director })).json().items.map((e: { action: string }) => e.action)).toEqual(['procedure.create']);
  });

  it('reads headers written another way and tells a correction from an unchanged row and a new one', async () => {
    const list = await xlsx([
      ['stt', 'ma so', 'ten tthc', 'linh vuc', 'Can cu phap ly'],
      [1, 'IMP-01', 'Cấp giấy chứng nhận sức khỏe', 'KHÁM BỆNH, CHỮA BỆNH', null],
      [2, 'IMP-02', 'Cung cấp bản tóm tắt hồ sơ bệnh án', 'Khám bệnh, chữa bệnh', null],
      [3, 'IMP-03', 'Cấp chứng chỉ hành nghề dược', 'Quản lý dược', null],
      [4, 'IMP-04', 'Khám sức khỏe cho người lái xe', 'Khám bệnh, chữa bệnh', 'Thông tư liên tịch số 24/2015/TTLT-BYT-BGTVT'],
    ]);
    const previewed: Preview = (await preview(list)).json();
    expect(previewed.rows.map((r) => [r.code, r.action, r.changes])).toEqual([
      // The same field in capitals is the field the registry has.
      ['IMP-01', 'unchanged', []],
      ['IMP-02', 'update', [{ field: 'name', before: 'Cấp bản tóm tắt hồ sơ bệnh án', after: 'Cung cấp bản tóm tắt hồ sơ bệnh án' }]],
      ['IMP-03', 'update', [{ field: 'field', before: 'Dược phẩm', after: 'Quản lý dược' }]],
      ['IMP-04', 'create', []],
    ]);
    const res = await apply(confirm(previewed));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 1, updated: 2 });
    // A correction is a new version of what citizens read, as when it is edited by hand.
    expect(await procedure('IMP-02')).toMatchObject({ name: 'Cung cấp bản tóm tắt hồ sơ bệnh án', version: 2 });
    expect(await procedure('IMP-01')).toMatchObject({ version: 1 });
    const created = await procedure('IMP-04');
    expect(created.legalDocuments).toEqual([expect.objectContaining({ code: '24/2015/TTLT-BYT-BGTVT', id: expect.any(String) })]);
  });

  it('imports all or nothing: a row that no longer does what the preview said refuses the whole import', async () => {
    const before = await databaseChecksum(t.store);
    const stale = await apply({
      rows: [
        { row: 2, action: 'create', code: 'IMP-05', name: 'Thủ tục mới', field: 'Dược phẩm', level: 'body', fees: [] },
        // Added by the import above: no longer new.
        { row: 3, action: 'create', code: 'IMP-04', name: 'Khám sức khỏe cho người lái xe', field: 'Khám bệnh, chữa bệnh', level: 'body', fees: [] },
      ],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'IMPORT_STALE', message: expect.stringContaining('chưa lưu thủ tục nào'), details: [{ row: 3, code: 'IMP-04', previewed: 'create', now: 'unchanged' }] });
    const twice = await apply({ rows: [1, 2].map((row) => ({ row, action: 'create', code: 'IMP-06', name: 'Thủ tục', field: 'Dược phẩm', level: 'body', fees: [] })) });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error).toMatchObject({ code: 'DUPLICATE_CODE', details: [{ row: 2, code: 'IMP-06' }] });
    const badCode = await apply({ rows: [{ action: 'create', code: 'mã có dấu cách', name: 'Thủ tục', field: 'Dược phẩm', level: 'body', fees: [] }] });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.message).toContain('Mã thủ tục chỉ gồm chữ, số');
    expect(await databaseChecksum(t.store)).toBe(before);
  });

  it('refuses unknown fields in the confirmed rows and in the upload, naming them', async () => {
    const row = { action: 'create', code: 'IMP-07', name: 'Thủ tục', field: 'Dược phẩm', level: 'body', fees: [] };
    const top = await apply({ rows: [row], ghiChu: 'x' });
    expect(top.statusCode).toBe(400);
    expect(top.json().error.message).toBe('Trường không được hỗ trợ: ghiChu');
    const inRow = await apply({ rows: [{ ...row, status: 'in_force' }] });
    expect(inRow.statusCode).toBe(400);
    expect(inRow.json().error.message).toContain('status');
    const upload = await preview(await provinceList(), coordinator, { nam: '2026' });
    expect(upload.statusCode).toBe(400);
    expect(upload.json().error.message).toBe('Trường không được hỗ trợ: nam');
    expect((await apply({ rows: [] })).statusCode).toBe(400);
  });

  it('imports only into a body the caller manages procedures of', async () => {
    const other = await t.login('ttyt-lccd.coordinator');
    const before = await databaseChecksum(t.store);
    expect((await preview(await provinceList(), other, { organizationId: bodyId })).statusCode).toBe(404);
    const row = { action: 'create', code: 'IMP-08', name: 'Thủ tục', field: 'Dược phẩm', level: 'body', fees: [] };
    expect((await apply({ organizationId: bodyId, rows: [row] }, other)).statusCode).toBe(404);
    // Without naming a body, the list goes to the caller's own, where BVSN's codes are unknown.
    const own: Preview = (await preview(await provinceList(), other)).json();
    expect(own.organization.code).toBe('TTYT-LCCD');
    expect(own.counts).toMatchObject({ create: 3, unchanged: 0 });
    for (const username of ['bvsn.editor', 'bvsn.viewer']) {
      const cookie = await t.login(username);
      expect((await preview(await provinceList(), cookie)).statusCode, username).toBe(403);
      expect((await apply({ rows: [row] }, cookie)).statusCode, username).toBe(403);
    }
    expect((await preview(await provinceList(), '')).statusCode).toBe(401);
    expect(await databaseChecksum(t.store)).toBe(before);
  });

  it('refuses what is not a list of procedures, with a Vietnamese reason', async () => {
    const garbage = await preview(Buffer.from('Đây không phải tệp Excel'));
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error).toMatchObject({ code: 'NOT_XLSX', message: expect.stringContaining('không phải là tệp Excel') });
    const oversize = await preview(Buffer.concat([await provinceList(), Buffer.alloc(5 * 1024 * 1024)]));
    expect(oversize.statusCode).toBe(413);
    expect(oversize.json().error).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('Tệp lớn hơn 5 MB') });
    const noHeader = await preview(await xlsx([['Họ và tên', 'Số điện thoại'], ['Nguyễn Văn A', '0912345678']]));
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error).toMatchObject({ code: 'NO_HEADER', message: expect.stringContaining('Mã TTHC') });
    const json = await t.request('POST', '/api/procedures/import/preview', { cookie: coordinator, body: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('FILE_REQUIRED');
  });
});
