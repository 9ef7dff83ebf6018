import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * Communication end to end, in Chromium against the real server: the hospital's communication team
 * proposes a news item with a formatted body, as the product of one period of the department of
 * health's plan, and sends it for editing; the communication editor corrects it and adds a photo,
 * approves it and publishes it on the website, then on the fanpage (the demo's channels of the
 * hospital); citizens then find it on the hospital's public news page and in its Atom feed, and the
 * period shows it as evidence. The same pages are looked at on a 360 px phone. Screenshots go to
 * test-results/e2e-media/.
 */

const REPORTER = 'bvsn.truyenthong';
const EDITOR = 'bvsn.editor';
const TITLE = 'Bệnh viện Sản - Nhi triển khai đặt lịch khám qua Zalo';
const EDITED_TITLE = `${TITLE} từ tháng 11/2026`;
const SUMMARY = 'Người bệnh đặt lịch khám, nhận số thứ tự và kết quả xét nghiệm qua Zalo, giảm thời gian chờ tại quầy tiếp đón.';
const BOLD = 'Từ ngày 01/11/2026';
const WEBSITE_URL = 'https://bvsannhi.laocai.gov.vn/tin-tuc/dat-lich-kham-qua-zalo';
const CHANNEL = 'Bản tin CCHC hằng tháng';
const FANPAGE_URL = 'https://www.facebook.com/bvsannhilaocai/posts/1234567890';

let session: BrowserSession;
let page: Page;
let itemUrl = '';
let occurrenceId = '';
let imagePath = '';

/** A real 1 × 1 PNG: the server checks an image's signature, not its name. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-media', viewport: { width: 1280, height: 900 } });
  ({ page } = session);
  imagePath = join(mkdtempSync(join(tmpdir(), 'e2e-media-')), 'quay-tiep-don.png');
  writeFileSync(imagePath, PNG);
});

afterAll(() => session?.close());

/** A whole page is shot from its top, where a person starts reading it. */
async function shot(name: string, fullPage = false): Promise<void> {
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await session.shot(name, { fullPage });
}

/**
 * The dialog is gone once its mask and body have left the page. When it stays, the failure says what the
 * dialog shows (a field's message, the server's refusal) instead of only that it is still there.
 */
async function dialogClosed(): Promise<void> {
  const open = page.locator('.ant-modal-wrap:visible');
  const closed = await expect.poll(() => open.count(), { timeout: 20_000 }).toBe(0).then(() => true, () => false);
  if (!closed) throw new Error(`the dialog stayed open, showing: ${(await open.first().innerText().catch(() => '?')).replace(/\s+/g, ' ')}`);
}

async function openCommunication(): Promise<void> {
  await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Truyền thông (tin bài)' }).click();
  await page.waitForURL('**/truyen-thong');
}

const stateTag = (label: string) => page.locator('.media-facts .ant-tag', { hasText: label });

/** Runs one workflow move from the item page through its dialog. */
async function move(button: string, fill?: (dialog: Locator) => Promise<void>, ok = button): Promise<void> {
  await page.locator('.media-header').getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: ok }).click();
  await dialogClosed();
}

/** Picks, in the open dialog, the first channel listed under a kind (the body's channels are grouped by kind). */
async function pickChannel(dialog: Locator, kind: string): Promise<void> {
  const select = dialog.locator('.ant-select').first();
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-group:has-text("${kind}") + .ant-select-item-option`);
  // On a busy machine a click on an option still sliding in can be lost, and the list can close and open
  // again under the pointer (the dialog re-renders when the channels arrive): pick until the select shows it.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await session.openUntil(select, option);
    const name = await option.first().innerText({ timeout: 5000 }).then((text) => text.trim(), () => null);
    if (name === null) continue;
    await option.first().click({ timeout: 5000 }).catch(() => undefined);
    if (await dialog.locator('.ant-select', { hasText: name }).first().waitFor({ timeout: 3000 }).then(() => true, () => false)) return;
  }
  throw new Error(`no channel of the kind "${kind}" could be picked`);
}

describe('staff web app: communication items', () => {
  it('lets a department propose an item with a formatted body and send it for editing', { timeout: 90_000 }, async () => {
    await session.signIn(REPORTER);
    await openCommunication();
    await page.locator('.ant-table').waitFor();
    await shot('01-list-reporter');

    await page.getByRole('button', { name: 'Đề xuất tin bài' }).click();
    await page.waitForURL('**/truyen-thong/de-xuat');
    await page.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    await page.getByLabel('Tóm tắt', { exact: true }).fill(SUMMARY);
    const body = page.getByRole('textbox', { name: 'Nội dung' });
    await body.click();
    // Typed once the button shows bold on, as a person sees it: a keystroke sooner goes in plain.
    const bold = page.getByRole('button', { name: 'Chữ đậm' });
    await bold.click();
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type(BOLD);
    await bold.click();
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.type(', người bệnh có thể:');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Danh sách gạch đầu dòng' }).click();
    await page.keyboard.type('đặt lịch khám theo giờ;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('nhận kết quả xét nghiệm qua tin nhắn.');
    await expect(body.locator('strong').textContent()).resolves.toBe(BOLD);
    await expect(body.locator('li').count()).resolves.toBe(2);

    // The item carries out one period of a task of the department of health's plan the hospital implements.
    const picker = page.locator('.ant-form-item', { hasText: 'Nhiệm vụ, kỳ thực hiện' }).locator('.ant-select');
    const treeNodes = page.locator('.ant-select-dropdown:visible .ant-select-tree-treenode');
    // Plans first, by number and symbol (the tree also keeps an empty node of its own for measuring).
    const firstPlan = treeNodes.filter({ hasText: '/KH-' }).first();
    await session.openUntil(picker, firstPlan);
    await firstPlan.locator('.ant-select-tree-switcher').click();
    const period = treeNodes.filter({ hasText: 'Kỳ hạn' }).first();
    // Its tasks load when it is opened; then the search finds the periods among them.
    await treeNodes.filter({ hasText: /^\s*\d+\.\s/ }).first().waitFor();
    await page.keyboard.type('Kỳ hạn');
    await period.locator('.ant-select-tree-node-content-wrapper').click();
    await shot('02-link-picker');
    await page.keyboard.press('Escape');
    await expect(picker.locator('.ant-select-selection-item').count()).resolves.toBe(1);
    await shot('03-propose-form', true);

    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/truyen-thong\/(?!de-xuat)[^/]+$/);
    itemUrl = page.url();
    const saved = (await (await page.request.get(itemUrl.replace('/truyen-thong/', '/api/media-items/'))).json()) as { tasks: { occurrenceId: string | null }[] };
    occurrenceId = saved.tasks[0]?.occurrenceId ?? '';
    expect(occurrenceId).not.toBe('');
    await stateTag('Đang soạn').waitFor();
    // What comes back from the server keeps the formatting the editor made.
    await expect(page.locator('.media-body strong').textContent()).resolves.toBe(BOLD);
    await expect(page.locator('.media-body li').count()).resolves.toBe(2);
    await expect(page.locator('.media-linked-tasks .ant-list-item').count()).resolves.toBe(1);
    // A department cannot approve or publish its own proposal.
    await expect(page.locator('.media-header').getByRole('button', { name: 'Duyệt' }).count()).resolves.toBe(0);

    await move('Gửi biên tập');
    await stateTag('Chờ biên tập, duyệt').waitFor();
    await expect(page.locator('.media-header').getByRole('button', { name: 'Sửa' }).count()).resolves.toBe(0);
    await page.locator('.media-history .ant-tag', { hasText: 'Chờ biên tập, duyệt' }).waitFor();
    await shot('04-submitted', true);
    await session.signOut();
  });

  it('lets the editor correct it, refuses a return without a comment, and approves it', { timeout: 60_000 }, async () => {
    await session.signIn(EDITOR);
    await openCommunication();
    await page.locator('tr', { hasText: TITLE }).first().click();
    await page.waitForURL(itemUrl);

    await page.locator('.media-header').getByRole('button', { name: 'Sửa' }).click();
    await page.waitForURL('**/sua');
    await page.getByLabel('Tiêu đề', { exact: true }).fill(EDITED_TITLE);
    await page.locator('.media-upload-row input[type="file"]').first().setInputFiles(imagePath);
    await page.locator('.media-images img[alt="quay-tiep-don.png"]').waitFor();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(itemUrl);
    await page.getByRole('heading', { name: EDITED_TITLE }).waitFor();

    await page.locator('.media-header').getByRole('button', { name: 'Trả lại' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.getByText('Vui lòng ghi ý kiến').waitFor();
    await shot('05-return-needs-comment');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialogClosed();

    await move('Duyệt');
    await stateTag('Đã duyệt').waitFor();
  });

  it('lets the editor add a channel to the body and retire it', async () => {
    await openCommunication();
    await page.locator('.media-area-switch').getByText('Kênh truyền thông').click();
    await page.waitForURL('**/truyen-thong/kenh');
    await page.getByRole('button', { name: 'Thêm kênh' }).click();
    const dialog = page.getByRole('dialog');
    const bulletin = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Bản tin' });
    await session.openUntil(dialog.locator('.ant-select').first(), bulletin);
    await bulletin.click();
    await dialog.getByLabel('Tên kênh').fill(CHANNEL);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialogClosed();
    const row = page.locator('tr', { hasText: CHANNEL });
    await row.locator('.ant-tag', { hasText: 'Đang dùng' }).waitFor();
    await row.getByRole('button', { name: `Ngừng dùng kênh ${CHANNEL}` }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Ngừng dùng' }).click();
    await row.locator('.ant-tag', { hasText: 'Ngừng dùng' }).waitFor();
    await shot('06-channels');
    await page.goto(itemUrl);
  });

  it('lets the editor publish it on the website, then on the fanpage', { timeout: 60_000 }, async () => {
    await move('Đăng', async (dialog) => {
      await pickChannel(dialog, 'Trang thông tin điện tử');
      await dialog.getByLabel('Đường dẫn bài đăng').fill(WEBSITE_URL);
      await shot('07-publish-dialog');
    });
    await stateTag('Đã đăng').waitFor();
    await page.locator('.media-publications').getByRole('link', { name: WEBSITE_URL }).waitFor();

    await move('Đăng thêm kênh khác', async (dialog) => {
      await pickChannel(dialog, 'Fanpage');
      await dialog.getByLabel('Đường dẫn bài đăng').fill(FANPAGE_URL);
    }, 'Đăng');
    await page.locator('.media-publications').getByRole('link', { name: FANPAGE_URL }).waitFor();
    await expect(page.locator('.media-publications .ant-list-item').count()).resolves.toBe(2);
    // Both go out today, which the dialog offers by default, written dd/mm/yyyy.
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
    await expect(page.locator('.media-publications .ant-list-item', { hasText: today }).count()).resolves.toBe(2);
    await page.getByRole('link', { name: 'Xem trên trang công khai' }).waitFor();
    await shot('08-published', true);

    await openCommunication();
    const row = page.locator('tr', { hasText: EDITED_TITLE });
    await row.locator('.ant-tag', { hasText: 'Đã đăng' }).waitFor();
    await row.locator('.ant-tag', { hasText: 'Fanpage' }).waitFor();
    await shot('09-list-editor');
  });

  it('shows the published item on the public news page and in the Atom feed', async () => {
    const publicPage = await session.context.newPage();
    await publicPage.goto(`${session.server.url}/p/bvsn/tin-tuc`);
    await publicPage.getByRole('link', { name: EDITED_TITLE }).first().click();
    await publicPage.getByRole('heading', { name: EDITED_TITLE }).waitFor();
    await expect(publicPage.locator('strong', { hasText: BOLD }).count()).resolves.toBeGreaterThan(0);
    await session.shot('10-public-item', { page: publicPage, fullPage: true });

    const feed = await publicPage.request.get(`${session.server.url}/p/bvsn/tin-tuc/feed.atom`);
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    const entry = xml.split('<entry>').find((e) => e.includes(EDITED_TITLE));
    expect(entry).toBeDefined();
    expect(entry).toContain(SUMMARY);
    await publicPage.close();
  });

  it('fits the list, the item and the public page on a 360 px phone', { timeout: 60_000 }, async () => {
    const phone = await session.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', isMobile: true });
    const small = await phone.newPage();
    await small.request.post(`${session.server.url}/api/auth/login`, { data: { username: EDITOR, password: session.server.demoPassword } });
    await small.goto(itemUrl);
    await small.getByRole('heading', { name: EDITED_TITLE }).waitFor();
    await small.locator('.media-publications .ant-list-item').nth(1).waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await session.shot('11-item-360px', { page: small, fullPage: true });

    await small.goto(`${session.server.url}/truyen-thong`);
    await small.locator('tr', { hasText: EDITED_TITLE }).waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await session.shot('12-list-360px', { page: small });

    await small.goto(`${session.server.url}/truyen-thong/de-xuat`);
    await small.getByRole('textbox', { name: 'Nội dung' }).waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await session.shot('13-form-360px', { page: small, fullPage: true });

    await small.goto(`${session.server.url}/p/bvsn/tin-tuc`);
    await small.getByRole('link', { name: EDITED_TITLE }).first().waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await session.shot('14-public-list-360px', { page: small, fullPage: true });
    await phone.close();
  });

  it('shows the item as evidence in the update dialog of the period it carries out', async () => {
    await session.signOut();
    await session.signIn('bvsn.coordinator');
    await page.goto(`${session.server.url}/nhiem-vu/bang`);
    const card = page.locator(`[data-occurrence="${occurrenceId}"]`);
    await card.getByRole('button', { name: 'Cập nhật' }).click();
    const evidence = page.getByRole('dialog').locator('.occurrence-media-items');
    await evidence.getByRole('link', { name: EDITED_TITLE }).waitFor();
    await evidence.locator('.ant-tag', { hasText: 'Đã đăng' }).waitFor();
    await evidence.scrollIntoViewIfNeeded();
    await shot('15-occurrence-evidence');
  });
});
