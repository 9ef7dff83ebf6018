import type { Browser, Locator, Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * The foundation end to end, in Chromium against the real server: an admin of a hospital adds a
 * department and a reporter for it; the reporter then sees their own hospital and nothing else.
 * Screenshots of each step go to test-results/ for a person to look at.
 */

const HOSPITAL = 'Bệnh viện Sản - Nhi tỉnh Lào Cai';
const NEW_DEPARTMENT = 'Khoa Kiểm thử E2E';
const NEW_USER = 'bvsn.kte2e';
const NEW_PASSWORD = 'kiem-thu-e2e-2026';

let session: BrowserSession;
let server: BrowserSession['server'];
let browser: Browser;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-foundation' });
  ({ server, browser, page } = session);
});

afterAll(() => session?.close());

const shot = (name: string, target?: Page) => session.shot(name, { page: target });
const signIn = (username: string, password?: string) => session.signIn(username, password);

/** Opens an antd select by its form label and picks the option with this exact text. */
async function choose(scope: Locator, label: string, option: string): Promise<void> {
  const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`);
  await session.openUntil(scope.getByLabel(label, { exact: true }), item, { force: true });
  await item.click();
}

function navigation() {
  return page.getByRole('navigation', { name: 'Danh mục chức năng' });
}

describe('staff web app: foundation', () => {
  it('fits the sign-in page on a 360 px phone without sideways scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', isMobile: true });
    const small = await phone.newPage();
    await small.goto(`${server.url}/dang-nhap`);
    await small.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(await small.title()).toBe('Quản lý CCHC ngành Y tế');
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot('00-sign-in-360px', small);
    await phone.close();
  });

  it('refuses a wrong password with the server’s message', async () => {
    await page.goto(`${server.url}/nguoi-dung`);
    await page.waitForURL('**/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('bvsn.admin');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').waitFor();
    await shot('01-sign-in-refused');
  });

  it('lets the hospital admin add a department under the hospital', async () => {
    await signIn('bvsn.admin', server.demoPassword);
    await shot('02-admin-dashboard');

    await navigation().getByRole('link', { name: 'Tổ chức' }).click();
    await page.waitForURL('**/to-chuc');
    const tree = page.locator('.org-tree');
    await tree.getByText(HOSPITAL, { exact: true }).click();
    await expect(tree.getByText('Sở Y tế tỉnh Lào Cai', { exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();

    const dialog = page.getByRole('dialog');
    await choose(dialog, 'Loại', 'Khoa');
    await dialog.getByLabel('Mã viết tắt').fill('kte2e');
    await dialog.getByLabel('Tên', { exact: true }).fill(NEW_DEPARTMENT);
    await expect(dialog.getByLabel('Mã viết tắt').inputValue()).resolves.toBe('KTE2E');
    await shot('03-add-department-form');
    await dialog.getByRole('button', { name: 'Lưu' }).click();

    await tree.getByText(NEW_DEPARTMENT, { exact: true }).waitFor();
    await page.locator('.org-detail-card').getByText('KTE2E', { exact: true }).waitFor();
    await shot('04-department-added');
  });

  it('lets the admin create a reporter held at the new department', async () => {
    await navigation().getByRole('link', { name: 'Người dùng' }).click();
    await page.waitForURL('**/nguoi-dung');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill(NEW_USER);
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Kiểm Thử');
    await dialog.getByLabel('Chức vụ').fill('Điều dưỡng trưởng');
    await dialog.getByLabel('Mật khẩu ban đầu').fill(NEW_PASSWORD);
    await dialog.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(NEW_PASSWORD);

    // The dialog starts with one role row at the admin's hospital; move it to the new department.
    await session.openUntil(dialog.locator('.role-row-org .ant-select').first(), page.locator('.ant-select-dropdown:visible'));
    await page.keyboard.type('kiem thu');
    await page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: NEW_DEPARTMENT }).click();
    // A department holds only the reporter role, so it is chosen for the admin.
    await dialog.locator('.role-row-role').getByText('Khoa/phòng', { exact: true }).waitFor();
    await shot('05-add-user-form');
    await dialog.getByRole('button', { name: 'Lưu' }).click();

    await page.getByRole('cell', { name: NEW_USER, exact: true }).waitFor();
    await page.getByText(`Khoa/phòng — ${NEW_DEPARTMENT}`).waitFor();
    await shot('06-user-added');
  });

  it('shows the reporter their own hospital only, without the admin areas', async () => {
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/dang-nhap');

    await signIn(NEW_USER, NEW_PASSWORD);
    await page.getByText(`Khoa/phòng — ${NEW_DEPARTMENT}`).waitFor();
    await shot('07-reporter-dashboard');

    const nav = navigation();
    await expect(nav.getByRole('link', { name: 'Tổ chức' }).count()).resolves.toBe(1);
    await expect(nav.getByRole('link', { name: 'Người dùng' }).count()).resolves.toBe(0);
    await expect(nav.getByRole('link', { name: 'Nhật ký' }).count()).resolves.toBe(0);

    await nav.getByRole('link', { name: 'Tổ chức' }).click();
    const tree = page.locator('.org-tree');
    await tree.getByText(HOSPITAL, { exact: true }).waitFor();
    await tree.getByText(NEW_DEPARTMENT, { exact: true }).waitFor();
    await tree.getByText('Phòng Tổ chức Hành chính', { exact: true }).waitFor();
    const treeText = await tree.innerText();
    expect(treeText).not.toContain('Sở Y tế tỉnh Hà Tĩnh');
    expect(treeText).not.toContain('Sở Y tế tỉnh Lào Cai');
    expect(treeText).not.toContain('TTYT-LCCD');
    await expect(page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).count()).resolves.toBe(0);
    await shot('08-reporter-organizations');

    await page.goto(`${server.url}/nguoi-dung`);
    await page.getByText('Bạn không có quyền xem mục này').waitFor();
    await page.getByText('Vai trò xem được mục này: Quản trị.').waitFor();
    await shot('09-reporter-users-refused');
  });
});
