import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * The signed-in frame without antd (issue 17): the first look after signing in fetches no antd, and the
 * menu, the account menu, the notifications and the phone's drawer work with the keyboard as antd's did.
 */
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-shell', viewport: { width: 1440, height: 900 } });
  ({ page } = session);
});

afterAll(() => session?.close());

const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!));

it('shows the home page with no antd fetched, then brings antd with the first other page', async () => {
  await session.signIn('bvsn.coordinator');
  await page.getByText('Tiến độ năm').first().waitFor();
  expect((await loaded()).filter((name) => name.startsWith('AntdRoot-'))).toEqual([]);
  // antd's CSS-in-JS writes style elements of its own (the icons' one small style is not antd's): none yet.
  const antdStyles = page.locator('style[data-css-hash], style[data-token-hash]');
  await expect(antdStyles.count()).resolves.toBe(0);
  await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Kế hoạch' }).click();
  await page.getByRole('heading', { name: 'Kế hoạch' }).waitFor();
  expect((await loaded()).some((name) => name.startsWith('AntdRoot-'))).toBe(true);
  expect(await antdStyles.count()).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Kế hoạch' }).getAttribute('aria-current')).resolves.toBe('page');
});

it('opens the account menu from the keyboard, moves through it with the arrows, and closes it with Escape', async () => {
  const button = page.getByRole('button', { name: /^Tài khoản/ });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Tài khoản' });
  await menu.waitFor();
  await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  await expect(focused()).resolves.toBe('Cài đặt thông báo');
  await page.keyboard.press('ArrowDown');
  await expect(focused()).resolves.toBe('Đổi mật khẩu');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(focused()).resolves.toBe('Đăng xuất');
  await session.shot('account-menu');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).resolves.toBe('menu');
  // A dialog from the menu brings antd with it, even on the home page.
  await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Tổng quan' }).click();
  await button.click();
  await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Mật khẩu hiện tại' });
  await dialog.waitFor();
  await session.shot('change-password');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
});

it('opens the notifications, closes them with Escape or a click elsewhere', async () => {
  const bell = page.getByRole('button', { name: /^Thông báo/ });
  await bell.click();
  const panel = page.getByRole('dialog', { name: 'Thông báo' });
  await panel.waitFor();
  await session.shot('notifications');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  await bell.click();
  await panel.waitFor();
  await page.locator('.home-greeting').click();
  await panel.waitFor({ state: 'detached' });
});

it('folds the side menu to its icons, each link still named', async () => {
  await page.getByRole('button', { name: 'Thu gọn danh mục' }).click();
  const nav = page.getByRole('navigation', { name: 'Danh mục chức năng' });
  await expect(nav.getByRole('link', { name: 'Báo cáo' }).isVisible()).resolves.toBe(true);
  await expect(nav.getByText('Báo cáo', { exact: true }).count()).resolves.toBe(0);
  await session.shot('menu-folded');
  await page.getByRole('button', { name: 'Mở rộng danh mục' }).click();
  await nav.getByText('Báo cáo', { exact: true }).waitFor();
});

it('slides the menu in on a phone, and out again with Escape or by following a link', async () => {
  const phone = await session.context.newPage();
  await phone.setViewportSize({ width: 360, height: 780 });
  await phone.goto(page.url());
  await phone.getByText('Xin chào').waitFor();
  await expect(phone.getByRole('navigation', { name: 'Danh mục chức năng' }).count()).resolves.toBe(0);
  await phone.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
  const drawer = phone.getByRole('dialog', { name: 'CCHC ngành Y tế' });
  await drawer.getByRole('link', { name: 'Báo cáo' }).waitFor();
  await session.shot('phone-menu', { page: phone });
  await phone.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });
  await phone.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
  await drawer.getByRole('link', { name: 'Báo cáo' }).click();
  await phone.waitForURL('**/bao-cao');
  await drawer.waitFor({ state: 'detached' });
  await phone.close();
});
