import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { multipartBody } from '../support/multipart';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/** The set as a department keeps it in Excel: a title row, the header, areas in Roman numerals, a guide over two rows. */
async function criteriaWorkbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Bộ chỉ số');
  sheet.addRow(['BỘ CHỈ SỐ ĐÁNH GIÁ KẾT QUẢ CCHC NĂM 2027']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Hướng dẫn chấm', 'Tài liệu kiểm chứng']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const leaf = (code: string, name: string, maxPoints: number, guide: string | null = null) => ({ code, name, maxPoints, guide, evidence: 'Báo cáo CCHC' });

/** A small set in the PAR INDEX shape: two areas, one with sub-criteria, bands from Xuất sắc down. */
const SET = {
  year: 2026,
  name: 'Bộ chỉ số đánh giá kết quả CCHC năm 2026',
  areas: [
    {
      code: 'I',
      name: 'Công tác chỉ đạo, điều hành',
      maxPoints: 6,
      children: [
        { code: 'I.1', name: 'Kế hoạch CCHC năm', maxPoints: 3.5, children: [leaf('I.1.a', 'Ban hành kế hoạch đúng thời gian', 2), leaf('I.1.b', 'Mức độ hoàn thành kế hoạch', 1.5, '100% nhiệm vụ đúng hạn: 1,5 điểm; 80–<100%: 1 điểm; dưới 80%: 0')] },
        leaf('I.2', 'Báo cáo CCHC đúng hạn', 2.5),
      ],
    },
    { code: 'II', name: 'Cải cách thủ tục hành chính', maxPoints: 4, children: [leaf('II.1', 'Niêm yết công khai thủ tục', 4, '100% thủ tục được niêm yết: 4 điểm; dưới 100%: 0')] },
  ],
  bands: [
    { name: 'Xuất sắc', minPoints: 9 },
    { name: 'Tốt', minPoints: 8 },
    { name: 'Khá', minPoints: 6.5 },
    { name: 'Trung bình', minPoints: 5 },
    { name: 'Yếu', minPoints: 0 },
  ],
};

/** Issue 16, the criteria sets: made by hand, checked whole, copied to the next year, kept within the body's reach. */
describe.each(DIALECTS)('CCHC criteria sets on %s', (dialect) => {
  let t: TestApp;
  let syt: string;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoPlans: false });
    syt = await t.login('syt-lc.coordinator');
  });
  afterAll(() => t.close());

  it('lets the department of health make a year\'s set, and shows which guides the system reads as rules', async () => {
    const res = await t.request('POST', '/api/scoring/criteria-sets', { cookie: syt, body: SET });
    expect(res.statusCode, res.body).toBe(201);
    const set = res.json();
    id = set.id;
    expect(set).toMatchObject({ year: 2026, maxPoints: 10, scoredCriteria: 4, canEdit: true });
    expect(set.areas[0].children[0].children.map((c: { code: string; rule: unknown }) => [c.code, c.rule])).toEqual([
      ['I.1.a', null],
      ['I.1.b', { figure: 'tasks_on_time', steps: 3 }],
    ]);
    expect(set.areas[1].children[0].rule).toEqual({ figure: 'procedures_posted', steps: 2 });
    const list = (await t.request('GET', '/api/scoring/criteria-sets', { cookie: syt })).json();
    expect(list.items.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  it('refuses a set whose maximums do not add up, a second set for the year and an unknown field, changing nothing', async () => {
    const wrong = { ...SET, year: 2027, areas: [{ ...SET.areas[1], maxPoints: 5 }] };
    const refused = await t.request('POST', '/api/scoring/criteria-sets', { cookie: syt, body: wrong });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/^II: điểm tối đa 5 khác tổng các tiêu chí con \(4\)\. Mức "Xuất sắc" từ 9 điểm nằm ngoài tổng điểm 5\./);
    const twice = await t.request('POST', '/api/scoring/criteria-sets', { cookie: syt, body: SET });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('Đơn vị đã có bộ chỉ số năm 2026: hãy sửa bộ đó.');
    const unknown = await t.request('PUT', `/api/scoring/criteria-sets/${id}`, { cookie: syt, body: { name: 'Bộ mới', weight: 2 } });
    expect(unknown.statusCode).toBe(400);
    expect((await t.request('GET', '/api/scoring/criteria-sets', { cookie: syt })).json().items).toHaveLength(1);
  });

  it('copies the set to the next year to edit, and edits it', async () => {
    const copy = await t.request('POST', `/api/scoring/criteria-sets/${id}/copy`, { cookie: syt, body: { year: 2027 } });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({ year: 2027, name: 'Bộ chỉ số đánh giá kết quả CCHC năm 2027', maxPoints: 10 });
    const edited = await t.request('PUT', `/api/scoring/criteria-sets/${copy.json().id}`, { cookie: syt, body: { bands: [{ name: 'Đạt', minPoints: 5 }, { name: 'Không đạt', minPoints: 0 }] } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().bands).toEqual([{ name: 'Đạt', minPoints: 5 }, { name: 'Không đạt', minPoints: 0 }]);
    expect((await t.request('GET', '/api/scoring/criteria-sets', { cookie: syt })).json().items.map((s: { year: number }) => s.year)).toEqual([2027, 2026]);
  });

  it('lets a hospital read nothing of another body and change nothing; a viewer reads but does not edit', async () => {
    const hospital = await t.login('bvsn.coordinator');
    expect((await t.request('GET', `/api/scoring/criteria-sets/${id}`, { cookie: hospital })).statusCode).toBe(404);
    expect((await t.request('PUT', `/api/scoring/criteria-sets/${id}`, { cookie: hospital, body: { name: 'Bộ khác' } })).statusCode).toBe(404);
    const other = await t.login('syt-ht.director');
    expect((await t.request('GET', `/api/scoring/criteria-sets/${id}`, { cookie: other })).statusCode).toBe(404);
    const director = await t.login('syt-lc.director');
    expect((await t.request('GET', `/api/scoring/criteria-sets/${id}`, { cookie: director })).json().canEdit).toBe(true);
    expect((await t.request('POST', '/api/scoring/criteria-sets', { cookie: await t.login('bvsn.viewer'), body: { ...SET, year: 2030 } })).statusCode).toBe(403);
  });

  it('reads a set from an Excel sheet to check before saving it, and says which rows it could not read', async () => {
    const upload = async (file: Buffer) => {
      const form = multipartBody({}, { name: 'bo-chi-so-2027.xlsx', content: file });
      return t.app.inject({ method: 'POST', url: '/api/scoring/criteria-sets/import/preview', headers: { ...form.headers, cookie: syt }, payload: form.payload });
    };
    const good = await upload(await criteriaWorkbook([
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 3],
      ['1', 'Kế hoạch CCHC năm', 2, 'Ban hành trước 31/12: 2 điểm;', 'Kế hoạch CCHC'],
      ['', '', '', 'ban hành muộn: 0 điểm'],
      ['2', 'Báo cáo CCHC đúng hạn', 1],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 2],
      ['1', 'Niêm yết công khai thủ tục', 2, '100% thủ tục được niêm yết: 2 điểm; dưới 100%: 0'],
    ]));
    expect(good.statusCode, good.body).toBe(200);
    const preview = good.json();
    expect(preview).toMatchObject({ maxPoints: 5, scoredCriteria: 3, problems: [] });
    expect(preview.areas[0].children[0]).toMatchObject({ code: 'I.1', maxPoints: 2, guide: 'Ban hành trước 31/12: 2 điểm;\nban hành muộn: 0 điểm', evidence: 'Kế hoạch CCHC' });
    // What was read is what the form sends to save it.
    const saved = await t.request('POST', '/api/scoring/criteria-sets', { cookie: syt, body: { year: 2028, name: 'Bộ chỉ số năm 2028', areas: preview.areas, bands: [{ name: 'Đạt', minPoints: 3 }, { name: 'Chưa đạt', minPoints: 0 }] } });
    expect(saved.statusCode, saved.body).toBe(201);

    // Three levels read are three levels saved, the sub-criteria sent back as they came.
    const deep = (await upload(await criteriaWorkbook([['I', 'CHỈ ĐẠO, ĐIỀU HÀNH', 3], ['1', 'Kế hoạch CCHC', 3], ['a', 'Ban hành đúng hạn', 1], ['b', 'Thực hiện kế hoạch', 2]]))).json();
    expect(deep.areas[0].children[0].children.map((c: { code: string; children?: unknown }) => [c.code, c.children])).toEqual([['I.1.a', undefined], ['I.1.b', undefined]]);
    const savedDeep = await t.request('POST', '/api/scoring/criteria-sets', { cookie: syt, body: { year: 2029, name: 'Bộ chỉ số năm 2029', areas: deep.areas, bands: [{ name: 'Đạt', minPoints: 2 }] } });
    expect(savedDeep.statusCode, savedDeep.body).toBe(201);
    expect(savedDeep.json().scoredCriteria).toBe(2);

    const wrong = await upload(await criteriaWorkbook([['I', 'CHỈ ĐẠO', 3], ['1', 'Kế hoạch', 'hai'], ['2', 'Báo cáo', 2]]));
    expect(wrong.json().problems.map((p: { message: string }) => p.message)).toEqual(['Dòng 5: điểm tối đa "hai" không phải là số.']);
    const notSum = await upload(await criteriaWorkbook([['I', 'CHỈ ĐẠO', 3], ['1', 'Kế hoạch', 1]]));
    expect(notSum.json().problems.map((p: { message: string }) => p.message)).toEqual(['I: điểm tối đa 3 khác tổng các tiêu chí con (1).']);
    const notExcel = await upload(Buffer.from('STT;Tiêu chí;Điểm'));
    expect(notExcel.statusCode).toBe(400);
    expect(notExcel.json().error.message).toBe('Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.');
  });
});
