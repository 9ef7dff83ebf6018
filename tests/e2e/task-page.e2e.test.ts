import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * A task's own page and the work done on it, in Chromium against the real server: a department of the
 * Lào Cai district health centre opens a task from its work list, records progress (the progress
 * follows the status), attaches a report (the same file again is questioned and undone) and submits
 * the result; the centre's coordinator reads the result and the evidence in the accept dialog and
 * accepts it. Then the same pages on a 360 px phone: the work list as cards with the main action in
 * view, the update form's link fields at full width, the task page without sideways scrolling.
 * Screenshots go to test-results/e2e-task-page/.
 */

const UNIT = 'ttyt-lccd.tchc-tckt';
const COORDINATOR = 'ttyt-lccd.coordinator';
const NOTE = 'Đã tổ chức 02 buổi tập huấn cho 45 lượt cán bộ.';
const PHONE = { width: 360, height: 740 };

let session: BrowserSession;
let page: Page;
let pdfPath = '';
let taskId = '';
let occurrenceId = '';

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-task-page', viewport: { width: 1440, height: 900 } });
  ({ page } = session);
  pdfPath = join(mkdtempSync(join(tmpdir(), 'e2e-task-')), 'bien-ban-tap-huan.pdf');
  writeFileSync(pdfPath, '%PDF-1.4\n% Biên bản tập huấn\n%%EOF\n');
  // Only plans in force have work to do: the centre's 2026 plan is issued first.
  await session.issueDraftPlans('TTYT-LCCD');
});

afterAll(() => session?.close());

async function dialogClosed(target: Page = page): Promise<void> {
  await expect.poll(() => target.locator('.ant-modal-wrap:visible').count(), { timeout: 20_000 }).toBe(0);
}

/** Nothing on the page is wider than the screen: no sideways scrolling. */
async function expectNoSidewaysScroll(target: Page): Promise<void> {
  const overflow = await target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectInView(target: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  expect(box!.width).toBeGreaterThan(40);
  await expect(target.evaluate(() => window.scrollX)).resolves.toBe(0);
}

const period = () => page.locator(`.task-occurrence[data-occurrence="${occurrenceId}"]`);

describe('staff web app: a task page, update, submit and review', () => {
  it('opens a task from the work list, with its plan, schedule, people and periods', async () => {
    await session.signIn(UNIT);
    await page.goto(`${session.server.url}/nhiem-vu`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await row.waitFor();
    await session.shot('00-work-list-1440');
    // The list names each period's plan, and the task title leads to the task's page.
    await expect(row.locator('td').nth(1).textContent()).resolves.toMatch(/KH-/);
    await row.locator('td').first().getByRole('link').click();
    await page.waitForURL('**/nhiem-vu/*');
    await page.locator('.task-occurrence').first().waitFor();

    // The demo has lived its year: follow a period not started yet.
    const open = await (await page.request.get(`${session.server.url}/api/occurrences?mine=1&status=not_started&limit=1`)).json();
    ({ id: occurrenceId, taskId } = open.items[0]);
    await page.goto(`${session.server.url}/nhiem-vu/${taskId}`);
    await page.getByText('Lịch thực hiện:').waitFor();
    await page.getByText('Chủ trì', { exact: true }).waitFor();
    await period().waitFor();
    await session.shot('01-task-page-1440', { fullPage: true });
  });

  it('records progress that follows the status, questions a file attached twice, and submits the result', async () => {
    await period().getByRole('button', { name: 'Cập nhật' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Lịch sử', { exact: true }).waitFor();
    const progress = dialog.getByRole('spinbutton', { name: 'Tiến độ' });
    await progress.fill('40');
    await progress.blur();
    // A progress above 0 starts the work.
    await dialog.locator('.ant-select', { hasText: 'Đang thực hiện' }).waitFor();
    await dialog.getByLabel('Kết quả thực hiện').fill(NOTE);

    await dialog.locator('input[type="file"]').setInputFiles(pdfPath);
    await dialog.locator('.evidence-list').getByText('bien-ban-tap-huan.pdf').waitFor();
    await dialog.locator('input[type="file"]').setInputFiles(pdfPath);
    const question = page.locator('.ant-modal-confirm', { hasText: 'Tệp này đã được đính kèm ngày' });
    await question.waitFor();
    await session.shot('02-duplicate-question');
    await question.getByRole('button', { name: 'Không, gỡ bản vừa tải' }).click();
    await expect.poll(() => dialog.locator('.evidence-list').getByText('bien-ban-tap-huan.pdf').count(), { timeout: 10_000 }).toBe(1);
    await session.shot('03-update-dialog');

    await dialog.getByRole('button', { name: 'Nộp kết quả' }).click();
    await dialogClosed();
    await period().locator('.ant-tag', { hasText: 'Chờ duyệt' }).waitFor();
    await period().getByText(NOTE).waitFor();
    await session.signOut();
  });

  it('shows the coordinator the result and evidence being accepted, and records the acceptance', async () => {
    await session.signIn(COORDINATOR);
    await page.goto(`${session.server.url}/nhiem-vu/${taskId}`);
    await period().getByRole('button', { name: 'Duyệt' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(NOTE).waitFor();
    await dialog.getByRole('link', { name: 'bien-ban-tap-huan.pdf' }).waitFor();
    await session.shot('04-review-dialog');
    await dialog.getByRole('button', { name: 'Duyệt' }).click();
    await dialogClosed();
    await period().locator('.ant-tag', { hasText: 'Hoàn thành' }).first().waitFor();
    await period().getByText('Lịch sử (2)').click();
    await period().getByText('Duyệt hoàn thành').waitFor();
    await period().getByText('Nộp kết quả').waitFor();
    await session.shot('05-accepted-history', { fullPage: true });
  });

  it('works on a 360 px phone: cards with the main action in view, full-width link fields, the task page', async () => {
    const phone = await session.browser.newContext({ viewport: PHONE, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', isMobile: true, hasTouch: true });
    const small = await phone.newPage();
    small.setDefaultTimeout(30_000);
    await small.goto(`${session.server.url}/dang-nhap`);
    await small.getByLabel('Tên đăng nhập').fill(UNIT);
    await small.getByLabel('Mật khẩu').fill(session.server.demoPassword);
    await small.getByRole('button', { name: 'Đăng nhập' }).click();
    await small.getByText('Xin chào').waitFor();

    await small.goto(`${session.server.url}/nhiem-vu`);
    const card = small.locator('.work-cards .occurrence-card', { has: small.getByRole('button', { name: 'Cập nhật' }) }).first();
    await card.waitFor();
    await expect(small.locator('.ant-table').count()).resolves.toBe(0);
    await card.locator('.ant-tag').first().waitFor();
    await card.locator('.ant-progress').waitFor();
    await expectInView(small, card.getByRole('button', { name: 'Cập nhật' }));
    await expectNoSidewaysScroll(small);
    await session.shot('06-work-cards-360', { page: small, fullPage: true });

    await card.getByRole('button', { name: 'Cập nhật' }).click();
    const dialog = small.getByRole('dialog');
    await dialog.getByText('Lịch sử', { exact: true }).waitFor();
    const linkName = dialog.getByRole('textbox', { name: 'Tên liên kết' });
    await linkName.scrollIntoViewIfNeeded();
    expect((await linkName.boundingBox())!.width).toBeGreaterThan(200);
    await expectInView(small, dialog.getByRole('button', { name: 'Nộp kết quả' }));
    await session.shot('07-update-dialog-360', { page: small });
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialogClosed(small);

    await small.goto(`${session.server.url}/nhiem-vu/${taskId}`);
    await small.locator(`.task-occurrence[data-occurrence="${occurrenceId}"]`).waitFor();
    await expectNoSidewaysScroll(small);
    await session.shot('08-task-page-360', { page: small, fullPage: true });
    await phone.close();
  });
});
