import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * Refusals, menus and empty lists in Chromium against the real server: the menu shows a role only what it
 * may use, a page it may not view says so and names the roles that may (from the server's policy table),
 * and an empty list says why and what to do. Screenshots in test-results/e2e-refusals/.
 */

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-refusals', viewport: { width: 1366, height: 900 } });
  ({ page } = session);
});
afterAll(() => session?.close());
beforeEach(() => session.context.clearCookies());

const menu = () => page.getByRole('navigation', { name: 'Danh mục chức năng' });
const menuLabels = async () => (await menu().locator('.nav-text').allInnerTexts()).map((s) => s.trim());

describe('staff web app: refusals, menus and empty lists', () => {
  it('hides from the communication editor the menu entries it may not use, and tags no module "Sắp có" now that every one is built', async () => {
    await session.signIn('bvsn.editor');
    const labels = await menuLabels();
    expect(labels).toEqual(expect.arrayContaining(['Kế hoạch', 'Truyền thông (tin bài)', 'Chỉ số & mục tiêu', 'Thủ tục hành chính', 'Khảo sát hài lòng']));
    // Citizens' feedback is for its handlers (coordinator, director, the departments it is sent to): not the editor's.
    for (const hidden of ['Báo cáo', 'Theo dõi tiến độ', 'Người dùng', 'Nhật ký', 'Phản ánh, kiến nghị']) expect(labels).not.toContain(hidden);
    const soon = await menu().locator('.nav-item', { has: page.locator('.coming-soon-tag') }).locator('.nav-text').allInnerTexts();
    expect(soon).toEqual([]);
    expect(labels).toContain('Chấm điểm CCHC');
  });

  it('tells the editor who opens the reports anyway that it may not, and which roles may', async () => {
    await session.signIn('bvsn.editor');
    await page.goto(`${session.server.url}/bao-cao`);
    await page.getByText('Bạn không có quyền xem mục này').waitFor();
    await page.getByText('Vai trò xem được mục này: Quản trị, Lãnh đạo, Đầu mối CCHC, Xem.').waitFor();
    await expect(page.getByText('Chưa có báo cáo nào').count()).resolves.toBe(0);
    await session.shot('1-reports-refused');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations('bvsn.editor /bao-cao', violations)).toEqual([]);
  });

  it('tells a department’s reporter that the follow-up matrix is for directors and CCHC coordinators', async () => {
    await session.signIn('bvsn.tchc');
    await expect(menuLabels()).resolves.not.toContain('Theo dõi tiến độ');
    await page.goto(`${session.server.url}/theo-doi`);
    await page.getByText('Bạn không có quyền xem mục này').waitFor();
    await page.getByText('Vai trò xem được mục này: Lãnh đạo, Đầu mối CCHC.').waitFor();
    await page.getByRole('button', { name: 'Về trang Tổng quan' }).click();
    await page.waitForURL(`${session.server.url}/`);
  });

  it('says why a list is empty and what to do: compile the year’s first report, or loosen the filters', async () => {
    await session.signIn('bvsn.coordinator');
    await menu().getByRole('link', { name: 'Báo cáo' }).click();
    await page.waitForURL('**/bao-cao');
    await page.getByText(/^Chưa có báo cáo nào năm \d{4} — bấm "Lập báo cáo" để lập báo cáo của kỳ cần nộp\.$/).waitFor();
    await session.shot('2-reports-empty');

    await menu().getByRole('link', { name: 'Kế hoạch' }).click();
    await page.waitForURL('**/ke-hoach');
    await page.getByLabel('Tìm theo trích yếu').fill('không có kế hoạch nào tên này');
    await page.getByLabel('Tìm theo trích yếu').press('Enter');
    await page.getByText('Không có kế hoạch nào khớp bộ lọc — bỏ bớt điều kiện lọc để xem thêm.').waitFor();
    await session.shot('3-plans-filtered-empty');
  });
});
