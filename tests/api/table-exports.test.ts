import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDraftPlans } from '../support/issue-demo-plans';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

async function openSheet(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

const headerOf = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe.each(DIALECTS)('table exports on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await issueDraftPlans(t, 'TTYT-LCCD');
    coordinator = await t.login('ttyt-lccd.coordinator');
  });
  afterAll(() => t.close());

  it("exports a plan's task table with Vietnamese headers, widths and each task's progress", async () => {
    const director = await t.login('syt-lc.director');
    const plans = (await t.request('GET', '/api/plans?limit=100', { cookie: director })).json().items;
    const plan = plans.find((p: { numberAndSymbol: string }) => p.numberAndSymbol === '06/KH-SYT');
    const detail = (await t.request('GET', `/api/plans/${plan.id}`, { cookie: director })).json();
    const res = await t.request('GET', `/api/plans/${plan.id}/tasks.xlsx`, { cookie: director });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('attachment;');
    const sheet = await openSheet(res.rawPayload);
    expect(headerOf(sheet, 3)).toEqual(['STT', 'Nhiệm vụ', 'Lĩnh vực', 'Chủ trì', 'Phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm đầu ra', 'Ghi chú', 'Số kỳ', 'Đã xong', 'Trễ hạn', 'Tỷ lệ hoàn thành']);
    expect(sheet.getColumn(2).width).toBe(60);
    const titles = Array.from({ length: detail.tasks.length }, (_, i) => sheet.getCell(4 + i, 2).value);
    expect(titles).toEqual(detail.tasks.map((x: { title: string }) => x.title));
    expect(sheet.getCell(4, 12).numFmt).toBe('0%');
    expect((await t.request('GET', `/api/plans/${plan.id}/tasks.xlsx`, { cookie: await t.login('syt-ht.director') })).statusCode).toBe(404);
  });

  it('exports the occurrence list as filtered on screen, with due dates as dates', async () => {
    const unit = await t.login('ttyt-lccd.tchc-tckt');
    const late = (await t.request('GET', '/api/occurrences?mine=1&late=1&limit=1000', { cookie: unit })).json().items;
    const res = await t.request('GET', '/api/occurrences/export.xlsx?mine=1&late=1', { cookie: unit });
    expect(res.statusCode).toBe(200);
    const sheet = await openSheet(res.rawPayload);
    expect(headerOf(sheet, 3)).toEqual(['STT', 'Nhiệm vụ', 'Kế hoạch', 'Đơn vị thực hiện', 'Kỳ', 'Hạn', 'Trạng thái', 'Tiến độ (%)', 'Trễ hạn', 'Ngày nộp', 'Ngày hoàn thành', 'Kết quả thực hiện']);
    expect(sheet.rowCount).toBe(3 + late.length);
    const due = sheet.getCell(4, 6);
    expect(due.value).toBeInstanceOf(Date);
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell(4, 9).value).toBe('Quá hạn');
    // Sorted by due date, the earliest first.
    const dues = Array.from({ length: late.length }, (_, i) => (sheet.getCell(4 + i, 6).value as Date).getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect((await t.request('GET', '/api/occurrences/export.xlsx?status=finished', { cookie: coordinator })).statusCode).toBe(400);
  });

  it("exports a report's tables, one sheet each, with the same numbers as the report", async () => {
    const report = (await t.request('POST', '/api/reports', { cookie: coordinator, body: { period: 'Q1', year: 2026 } })).json();
    const res = await t.request('GET', `/api/reports/${report.id}/tables.xlsx`, { cookie: coordinator });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Theo lĩnh vực', 'Danh sách nhiệm vụ', 'Theo đơn vị thực hiện', 'Thông tin tuyên truyền']);
    const areas = book.worksheets[0]!;
    expect(headerOf(areas, 3)).toEqual(['Lĩnh vực', 'Tổng số', 'Hoàn thành', 'Trong đó hoàn thành trễ', 'Chậm tiến độ', 'Chưa đến hạn']);
    const totalRow = areas.getRow(4 + report.sections.work.areas.length);
    expect(totalRow.getCell(1).value).toBe('Tổng cộng');
    expect(totalRow.getCell(2).value).toBe(report.sections.work.totals.total);
    expect(totalRow.getCell(5).value).toBe(report.sections.work.totals.late);
    const lines = book.worksheets[1]!;
    const lineCount = report.sections.work.areas.reduce((n: number, a: { lines: { done: unknown[]; late: unknown[]; notDue: unknown[] } }) => n + a.lines.done.length + a.lines.late.length + a.lines.notDue.length, 0);
    expect(lines.rowCount).toBe(3 + lineCount);
    expect(lines.getCell(4, 6).value).toBeInstanceOf(Date);
    expect((await t.request('GET', `/api/reports/${report.id}/tables.xlsx`, { cookie: await t.login('syt-ht.director') })).statusCode).toBe(404);
  });
});
