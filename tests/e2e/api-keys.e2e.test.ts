import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * API keys end to end, in Chromium against the real server (issue 18): a hospital's admin opens "Khóa API"
 * from the menu, makes a read-only key, and the key shown once really opens the API to another program; once
 * the dialog closes the key is nowhere in the page; revoked from its row, the same key is refused. A
 * coordinator is not shown the page. Screenshots at 1440 and 360 px in test-results/e2e-api-keys/.
 */

const NAME = 'Cổng dữ liệu Sở Y tế (E2E)';
const PHONE_NAME = 'Phần mềm HIS (điện thoại)';
const TOKEN = /^cchc_[0-9a-f]{10}_[A-Za-z0-9_-]{43}$/;

let session: BrowserSession;
let page: Page;
let token = '';

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-api-keys', viewport: { width: 1440, height: 900 } });
  ({ page } = session);
});
afterAll(() => session?.close());

const menu = (target = page) => target.getByRole('navigation', { name: 'Danh mục chức năng' });
const keyRow = (name: string) => page.getByRole('row').filter({ hasText: name });
/** What another system does with the key: no cookie, only the Authorization header. */
const plansWith = (key: string) => fetch(`${session.server.url}/api/plans`, { headers: { Authorization: `Bearer ${key}` } });
const today = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
/** Everything the page holds that a script could read: its markup and both storages. */
const pageText = (target = page) => target.evaluate(() => document.documentElement.outerHTML + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));

describe('staff web app: API keys', () => {
  it('lets the hospital’s admin open the page from the administration menu', async () => {
    await session.signIn('bvsn.admin');
    await menu().getByRole('link', { name: 'Khóa API' }).click();
    await page.waitForURL('**/khoa-api');
    await page.getByRole('heading', { name: 'Khóa API' }).waitFor();
    await page.getByText('Chưa có khóa API nào.', { exact: false }).waitFor();
    await expect(menu().getByRole('link', { name: 'Khóa API' }).getAttribute('aria-current')).resolves.toBe('page');
    await session.shot('1-empty');
  });

  it('makes a read-only key and shows it once, with a curl command for this server', async () => {
    await page.getByRole('button', { name: 'Tạo khóa API' }).click();
    const form = page.getByRole('dialog').filter({ hasText: 'Số yêu cầu tối đa mỗi phút' });
    await form.waitFor();
    // A hospital's admin keeps one body: no body to choose.
    await expect(form.getByLabel('Đơn vị', { exact: true }).isVisible()).resolves.toBe(false);
    await expect(form.getByRole('radio', { name: /Chỉ đọc/ }).isChecked()).resolves.toBe(true);
    await expect(form.getByLabel('Số yêu cầu tối đa mỗi phút').inputValue()).resolves.toBe('120');
    await form.getByRole('button', { name: 'Tạo khóa' }).click();
    await form.getByText('Hãy đặt tên cho khóa (hệ thống nào dùng nó).').waitFor();
    await form.getByLabel('Tên khóa').fill(NAME);
    await session.shot('2-create-form');
    await form.getByRole('button', { name: 'Tạo khóa' }).click();

    const shown = page.getByRole('dialog').filter({ hasText: `Khóa API mới: ${NAME}` });
    await shown.waitFor();
    await shown.getByText('Khóa chỉ hiện một lần. Hãy sao chép và lưu vào hệ thống sẽ dùng nó; nếu mất, hãy thu hồi và tạo khóa mới.').waitFor();
    token = (await shown.locator('.api-key-secret').textContent()) ?? '';
    expect(token).toMatch(TOKEN);
    await expect(shown.locator('.api-key-command').textContent()).resolves.toBe(`curl -H "Authorization: Bearer ${token}" ${session.server.url}/api/plans`);
    await shown.getByRole('button', { name: 'Sao chép khóa' }).waitFor();
    await session.shot('3-new-key');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations('new key dialog', violations)).toEqual([]);

    const plans = await plansWith(token);
    expect(plans.status).toBe(200);
    expect(((await plans.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it('forgets the key once its dialog is closed, and lists it by its prefix alone', async () => {
    await page.getByRole('button', { name: 'Đã lưu khóa, đóng' }).click();
    await page.getByRole('dialog').filter({ hasText: `Khóa API mới: ${NAME}` }).waitFor({ state: 'detached' });
    const row = keyRow(NAME);
    await row.getByText('Đang dùng', { exact: true }).waitFor();
    const prefix = token.slice(0, 'cchc_'.length + 10);
    await row.getByText(prefix, { exact: true }).waitFor();
    await row.getByText('Chỉ đọc', { exact: true }).waitFor();
    await row.getByRole('cell', { name: '120', exact: true }).waitFor();
    await row.getByText(today(), { exact: true }).waitFor();
    const page1 = await pageText();
    expect(page1).not.toContain(token);
    expect(page1).not.toContain(token.slice(prefix.length + 1));
    await session.shot('4-list');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations('/khoa-api', violations)).toEqual([]);
  });

  it('revokes the key after asking, and the key is refused from then on', async () => {
    const { fullName } = await page.evaluate(() => fetch('/api/me').then((r) => r.json()).then((me: { user: { fullName: string } }) => me.user));
    await keyRow(NAME).getByRole('button', { name: `Thu hồi khóa ${NAME}` }).click();
    const confirm = page.locator('.ant-popconfirm').filter({ hasText: `Thu hồi khóa «${NAME}»?` });
    await confirm.waitFor();
    // Off the button it was opened with (a hovered button's text is lighter), then let its colour settle.
    await page.mouse.move(0, 0);
    await session.shot('5-revoke-confirm');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations('revoke confirmation', violations)).toEqual([]);
    await confirm.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    await page.getByText(`Đã thu hồi khóa «${NAME}».`).waitFor();
    await keyRow(NAME).getByText(`Đã thu hồi ngày ${today()} bởi ${fullName}`, { exact: true }).waitFor();
    await expect(keyRow(NAME).getByRole('button', { name: `Thu hồi khóa ${NAME}` }).count()).resolves.toBe(0);
    await session.shot('6-revoked');
    expect((await plansWith(token)).status).toBe(401);

    await page.getByRole('switch').click();
    await page.getByText('Chưa có khóa API nào.', { exact: false }).waitFor();
    await page.getByRole('switch').click();
    await keyRow(NAME).waitFor();
  });

  it('reads well on a 360 px phone: the list, the form and the new key', async () => {
    const phone = await session.context.newPage();
    await phone.setViewportSize({ width: 360, height: 780 });
    await phone.goto(`${session.server.url}/khoa-api`);
    await phone.getByRole('heading', { name: 'Khóa API' }).waitFor();
    await phone.getByRole('row').filter({ hasText: NAME }).waitFor();
    await session.shot('7-phone-list', { page: phone, fullPage: true });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await phone.getByRole('button', { name: 'Tạo khóa API' }).click();
    const form = phone.getByRole('dialog').filter({ hasText: 'Số yêu cầu tối đa mỗi phút' });
    await form.getByLabel('Tên khóa').fill(PHONE_NAME);
    await form.getByRole('radio', { name: /Đọc và ghi/ }).check();
    await session.shot('8-phone-form', { page: phone });
    await form.getByRole('button', { name: 'Tạo khóa' }).click();
    const shown = phone.getByRole('dialog').filter({ hasText: `Khóa API mới: ${PHONE_NAME}` });
    const phoneToken = (await shown.locator('.api-key-secret').textContent()) ?? '';
    expect(phoneToken).toMatch(TOKEN);
    await session.shot('9-phone-new-key', { page: phone });
    const box = await shown.locator('.api-key-secret').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await shown.getByRole('button', { name: 'Đã lưu khóa, đóng' }).click();
    await shown.waitFor({ state: 'detached' });
    await phone.getByRole('row').filter({ hasText: PHONE_NAME }).getByText('Đọc và ghi', { exact: true }).waitFor();
    expect(await pageText(phone)).not.toContain(phoneToken);
    await session.shot('10-phone-list-two', { page: phone, fullPage: true });
    await phone.close();
  });

  it('lets a department of health’s admin choose which of its bodies a key is for', async () => {
    await session.context.clearCookies();
    await session.signIn('syt-lc.admin');
    await page.goto(`${session.server.url}/khoa-api`);
    await page.getByRole('button', { name: 'Tạo khóa API' }).click();
    const form = page.getByRole('dialog').filter({ hasText: 'Số yêu cầu tối đa mỗi phút' });
    await form.getByLabel('Tên khóa').fill('Kho dữ liệu bệnh viện (E2E)');
    const hospital = page.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: 'Bệnh viện Sản - Nhi tỉnh Lào Cai' });
    await session.openUntil(form.getByLabel('Đơn vị', { exact: true }), hospital);
    await session.shot('11-department-of-health-bodies');
    await hospital.click();
    await form.getByRole('button', { name: 'Tạo khóa' }).click();
    const shown = page.getByRole('dialog').filter({ hasText: 'Khóa API mới: Kho dữ liệu bệnh viện (E2E)' });
    await shown.getByRole('button', { name: 'Đã lưu khóa, đóng' }).click();
    await shown.waitFor({ state: 'detached' });
    // The hospital's keys, made by its own admin earlier, are the department's to see too.
    await keyRow('Kho dữ liệu bệnh viện (E2E)').getByText('Bệnh viện Sản - Nhi tỉnh Lào Cai', { exact: true }).waitFor();
    await keyRow(NAME).waitFor();
  });

  it('shows the coordinator no API keys entry, and the page itself refuses', async () => {
    await session.context.clearCookies();
    await session.signIn('bvsn.coordinator');
    const labels = (await menu().locator('.nav-text').allInnerTexts()).map((s) => s.trim());
    expect(labels).toContain('Kế hoạch');
    expect(labels).not.toContain('Khóa API');
    await page.goto(`${session.server.url}/khoa-api`);
    await page.getByText('Bạn không có quyền xem mục này').waitFor();
    await expect(page.getByRole('button', { name: 'Tạo khóa API' }).count()).resolves.toBe(0);
  });
});
