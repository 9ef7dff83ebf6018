import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { CriteriaSetDto } from '../../src/web/api/types';
import { describeViolations, seriousViolations } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * Issue 16's criteria sets end to end, in Chromium against the real server and the demo as it has lived
 * its year (Sở Y tế Lào Cai has a set for last year and this year): the department's CCHC coordinator
 * reads this year's set with the criteria the system proposes a score for, copies it to 2028 and raises
 * one sub-criterion's maximum (its criterion, area and total follow; a code used twice is refused in the
 * server's words), reads a set kept in Excel for 2029 through the preview and saves it, makes the 2030 set
 * by hand row by row; a viewer reads without an edit button. Screenshots at 1440 and 360 px in test-results/e2e-scoring-sets/.
 */

const THIS_YEAR = new Date().getFullYear();

/** The set as a department keeps it in Excel: a title row, the header, areas in Roman numerals, a guide over two rows, an area total that does not add up. */
async function criteriaWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Bộ chỉ số');
  sheet.addRow(['BỘ CHỈ SỐ ĐÁNH GIÁ KẾT QUẢ CCHC NĂM 2029']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Hướng dẫn chấm', 'Tài liệu kiểm chứng']);
  for (const row of [
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 4],
    ['1', 'Kế hoạch CCHC năm', 2, 'Ban hành trước 31/12: 2 điểm;', 'Kế hoạch CCHC'],
    ['', '', '', 'ban hành muộn: 0 điểm'],
    ['2', 'Báo cáo CCHC đúng hạn', 1, '100% báo cáo gửi đúng hạn: 1 điểm; dưới 100%: 0', 'Các báo cáo CCHC đã gửi'],
    ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 2],
    ['1', 'Niêm yết công khai thủ tục', 2, '100% thủ tục được niêm yết: 2 điểm; dưới 100%: 0', 'Ảnh niêm yết'],
  ]) {
    sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

let session: BrowserSession;
let page: Page;
let copiedId: string;

const apiGet = <T,>(path: string): Promise<T> => page.evaluate((p) => fetch(p).then((r) => r.json()), path) as Promise<T>;
const listPath = () => `${session.server.url}/cham-diem/bo-chi-so`;
/** A row of the editor's table, found by the code in its code box. */
const editorRow = (code: string) => page.locator('tr.criteria-row', { has: page.getByLabel(`Mã ${code}`, { exact: true }) });

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-scoring-sets', viewport: { width: 1440, height: 900 }, demoHistory: true });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('CCHC criteria sets', () => {
  it('shows the department\'s sets by year and this year\'s set with the criteria the system proposes a score for', async () => {
    await session.signIn('syt-lc.coordinator');
    await page.goto(listPath());
    await page.getByRole('heading', { name: 'Bộ chỉ số đánh giá CCHC' }).waitFor();
    await page.getByRole('link', { name: 'Chấm điểm CCHC' }).first().waitFor();
    const rows = page.locator('.ant-table-row');
    await expect(rows.allInnerTexts()).resolves.toEqual([expect.stringContaining(String(THIS_YEAR)), expect.stringContaining(String(THIS_YEAR - 1))]);
    await expect(rows.first().innerText()).resolves.toContain('Xuất sắc ≥ 90 · Tốt ≥ 80 · Khá ≥ 70 · Trung bình ≥ 50 · Yếu ≥ 0');
    await page.getByRole('button', { name: `Sao chép sang năm khác: bộ chỉ số năm ${THIS_YEAR}` }).waitFor();
    await session.shot('01-list-1440');

    await page.getByRole('link', { name: `Bộ chỉ số đánh giá, xếp loại kết quả thực hiện nhiệm vụ CCHC năm ${THIS_YEAR}` }).click();
    await page.getByRole('heading', { name: `năm ${THIS_YEAR}` }).waitFor();
    await page.getByText('Tổng 100 điểm · 23 tiêu chí chấm điểm').first().waitFor();
    const planRow = page.getByRole('row', { name: /^1\.1\.2 Mức độ thực hiện kế hoạch CCHC/ });
    await planRow.getByText('Hệ thống đề xuất điểm: Tỷ lệ nhiệm vụ hoàn thành đúng hạn').waitFor();
    await page.getByRole('row', { name: /^3\.1 / }).getByText('Hệ thống đề xuất điểm: Tỷ lệ thủ tục hành chính được niêm yết đúng bản hiện hành').waitFor();
    await page.getByText('từ 90 đến 100 điểm').waitFor();
    // This year's round scores with this set: the page says so and links to it.
    await page.locator('.criteria-rounds').getByRole('link').waitFor();
    await session.shot('02-set-1440', { fullPage: true });
    const violations = await seriousViolations(page);
    expect(violations, describeViolations('criteria set page', violations)).toEqual([]);
  });

  it('copies the set to 2028, raises a sub-criterion\'s maximum and shows its criterion and area following, and the server\'s refusal of a code used twice', async () => {
    await page.getByRole('button', { name: 'Sao chép sang năm khác' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Sang năm').fill('2028');
    await expect(dialog.getByLabel('Tên bộ chỉ số mới').inputValue()).resolves.toBe('Bộ chỉ số đánh giá, xếp loại kết quả thực hiện nhiệm vụ CCHC năm 2028');
    await dialog.getByRole('button', { name: 'Sao chép và mở để sửa' }).click();
    await page.waitForURL(/\/cham-diem\/bo-chi-so\/[^/?]+\?sua=1$/);
    copiedId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { name: 'năm 2028' }).waitFor();
    await page.getByLabel('Điểm tối đa 1.1.1', { exact: true }).waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations('criteria set editor', violations)).toEqual([]);

    // 1.1.1 from 1 to 2 points: criterion 1.1 goes from 4 to 5, area I from 16 to 17, the set from 100 to 101.
    await page.getByLabel('Điểm tối đa 1.1.1', { exact: true }).fill('2');
    await expect(editorRow('1.1').locator('.criteria-sum').innerText()).resolves.toBe('5');
    await expect(editorRow('I').locator('.criteria-sum').innerText()).resolves.toBe('17');
    await page.getByText('Tổng 101 điểm · 23 tiêu chí chấm điểm').first().waitFor();
    await page.getByText('Có thay đổi chưa lưu.').waitFor();

    // A code used twice is the server's to refuse: its words show, on the rows they name too.
    await page.getByLabel('Mã 1.1.2', { exact: true }).fill('1.1.1');
    await page.getByRole('button', { name: 'Lưu bộ chỉ số' }).click();
    await page.locator('.criteria-save-bar').getByText('Mã 1.1.1 bị trùng.').waitFor();
    await session.shot('03-editor-refused-1440');
    await page.getByLabel('Mã 1.1.1', { exact: true }).nth(1).fill('1.1.2');
    await page.getByRole('button', { name: 'Lưu bộ chỉ số' }).click();
    await page.getByText('Đã lưu bộ chỉ số năm 2028.').waitFor();
    await page.getByRole('button', { name: 'Sửa bộ chỉ số' }).waitFor();
    await page.getByText('Tổng 101 điểm · 23 tiêu chí chấm điểm').first().waitFor();

    const saved = await apiGet<CriteriaSetDto>(`/api/scoring/criteria-sets/${copiedId}`);
    const area = saved.areas[0]!;
    expect([saved.year, saved.maxPoints, area.maxPoints, area.children[0]!.maxPoints, area.children[0]!.children.map((c) => [c.code, c.maxPoints])]).toEqual([2028, 101, 17, 5, [['1.1.1', 2], ['1.1.2', 3]]]);
  });

  it('reads a set kept in Excel, lists what does not add up by its code, and saves it as the 2029 set', async () => {
    await page.goto(listPath());
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'bo-chi-so-2029.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await criteriaWorkbook() });
    await dialog.getByText('Đọc được 2 lĩnh vực, 3 tiêu chí chấm điểm, tổng 6 điểm.').waitFor();
    const problems = dialog.locator('.criteria-problem-list li');
    await expect(problems.allInnerTexts()).resolves.toEqual([expect.stringMatching(/^I\s*I: điểm tối đa 4 khác tổng các tiêu chí con \(3\)\.$/)]);
    await session.shot('04-import-preview-1440');

    await dialog.getByRole('button', { name: 'Tiếp tục: xem lại, sửa và lưu' }).click();
    await page.getByRole('heading', { name: 'Bộ chỉ số nhập từ Excel' }).waitFor();
    // The year after the newest set; the area's maximum is its criteria's sum, the usual classes scaled to 5 points.
    await expect(page.getByLabel('Năm áp dụng').inputValue()).resolves.toBe('2029');
    await expect(page.getByLabel('Tên bộ chỉ số').inputValue()).resolves.toBe('Bộ chỉ số đánh giá, xếp loại kết quả thực hiện nhiệm vụ CCHC năm 2029');
    await expect(editorRow('I').locator('.criteria-sum').innerText()).resolves.toBe('3');
    await page.getByText('Tổng 5 điểm · 3 tiêu chí chấm điểm').first().waitFor();
    await expect(page.getByLabel('Điểm tối thiểu của mức 1').inputValue()).resolves.toBe('4,5');
    await expect(page.getByLabel('Hướng dẫn chấm I.1', { exact: true }).inputValue()).resolves.toBe('Ban hành trước 31/12: 2 điểm;\nban hành muộn: 0 điểm');
    await session.shot('05-import-editor-1440', { fullPage: true });
    await page.getByRole('button', { name: 'Lưu bộ chỉ số' }).click();
    await page.getByText('Đã tạo bộ chỉ số năm 2029.').waitFor();
    await page.getByRole('heading', { name: 'năm 2029' }).waitFor();
    await page.getByRole('row', { name: /^I\.2 / }).getByText('Hệ thống đề xuất điểm: Tỷ lệ báo cáo gửi đúng hạn').waitFor();
    const list = await apiGet<{ items: CriteriaSetDto[] }>('/api/scoring/criteria-sets');
    expect(list.items.map((s) => [s.year, s.maxPoints])).toEqual([[2029, 5], [2028, 101], [THIS_YEAR, 100], [THIS_YEAR - 1, 100]]);
  });

  it('makes a set by hand: areas, criteria and sub-criteria added row by row, the usual classes scaled to the total', async () => {
    await page.goto(listPath());
    await page.getByRole('button', { name: 'Tạo bộ chỉ số' }).click();
    await page.getByRole('heading', { name: 'Tạo bộ chỉ số mới' }).waitFor();
    await expect(page.getByLabel('Năm áp dụng').inputValue()).resolves.toBe('2030');
    await page.getByText('Chưa có lĩnh vực nào.').waitFor();
    await page.getByRole('button', { name: 'Thêm lĩnh vực' }).click();
    await page.getByLabel('Tên I', { exact: true }).fill('Công tác chỉ đạo, điều hành');
    await page.getByRole('button', { name: 'Thêm tiêu chí vào I' }).click();
    await page.getByLabel('Tên 1.1', { exact: true }).fill('Kế hoạch CCHC năm');
    await page.getByLabel('Điểm tối đa 1.1', { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Thêm tiêu chí vào I' }).click();
    await page.getByLabel('Tên 1.2', { exact: true }).fill('Báo cáo CCHC');
    await page.getByLabel('Điểm tối đa 1.2', { exact: true }).fill('6');
    // Split into parts, 1.2 keeps its 6 points in its first sub-criterion.
    await page.getByRole('button', { name: 'Thêm tiêu chí thành phần vào 1.2' }).click();
    await expect(page.getByLabel('Điểm tối đa 1.2.1', { exact: true }).inputValue()).resolves.toBe('6');
    await page.getByText('Tổng 10 điểm · 2 tiêu chí chấm điểm').first().waitFor();
    await expect(page.getByLabel('Điểm tối thiểu của mức 1').inputValue()).resolves.toBe('9');
    await page.getByRole('button', { name: 'Lưu bộ chỉ số' }).click();
    await page.locator('.criteria-save-bar').getByText('1.2.1: chưa có tên lĩnh vực/tiêu chí.').waitFor();
    await session.shot('06-new-by-hand-1440', { fullPage: true });
    await page.getByLabel('Tên 1.2.1', { exact: true }).fill('Báo cáo quý đúng hạn');
    await page.getByRole('button', { name: 'Lưu bộ chỉ số' }).click();
    await page.getByText('Đã tạo bộ chỉ số năm 2030.').waitFor();
    await page.getByRole('heading', { name: 'năm 2030' }).waitFor();
    await page.getByRole('row', { name: /^1\.2\.1 Báo cáo quý đúng hạn/ }).waitFor();
  });

  it('fits a 360 px phone: the set as cards, the editor as stacked fields, nothing scrolling sideways', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    const fits = async (where: string) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${where} is ${width} px wide`).toBeLessThanOrEqual(360);
    };
    await page.goto(listPath());
    await page.getByRole('link', { name: /năm 2028$/ }).waitFor();
    await session.shot('07-list-360', { fullPage: true });
    await fits('the list');
    await page.goto(`${session.server.url}/cham-diem/bo-chi-so/${copiedId}`);
    await page.locator('.criteria-cards').getByText('Hệ thống đề xuất điểm: Tỷ lệ nhiệm vụ hoàn thành đúng hạn').waitFor();
    await session.shot('08-set-360', { fullPage: true });
    await page.locator('.criteria-cards .ant-card').first().scrollIntoViewIfNeeded();
    await session.shot('08-set-cards-360');
    await fits('the set');
    await page.getByRole('button', { name: 'Sửa bộ chỉ số' }).click();
    await page.getByLabel('Điểm tối đa 1.1.1', { exact: true }).scrollIntoViewIfNeeded();
    await session.shot('09-editor-360');
    await fits('the editor');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('shows a viewer the sets without any button to change them', async () => {
    await page.goto(listPath());
    await session.signOut();
    await session.signIn('syt-lc.viewer');
    await page.goto(listPath());
    await page.getByRole('link', { name: /năm 2030$/ }).waitFor();
    for (const name of ['Tạo bộ chỉ số', 'Nhập từ Excel', 'Sao chép sang năm khác']) await expect(page.getByRole('button', { name }).count(), name).resolves.toBe(0);
    await page.goto(`${session.server.url}/cham-diem/bo-chi-so/${copiedId}?sua=1`);
    await page.getByRole('heading', { name: 'năm 2028' }).waitFor();
    await page.getByText('Hệ thống đề xuất điểm: Tỷ lệ nhiệm vụ hoàn thành đúng hạn').first().waitFor();
    for (const name of ['Sửa bộ chỉ số', 'Sao chép sang năm khác', 'Lưu bộ chỉ số']) await expect(page.getByRole('button', { name }).count(), name).resolves.toBe(0);
    await session.shot('10-viewer-1440');
  });
});
