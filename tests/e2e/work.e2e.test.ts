import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * Tasks & progress end to end, in Chromium against the real server: a department of the Lào Cai
 * district health centre records its work on a period (in progress, 50 %, a result and a PDF) and
 * submits it; the centre's CCHC coordinator returns it with a comment; the department submits again
 * and the coordinator accepts it, so it reads as done — on the board, in the centre's matrix of
 * departments × quarters and in the department of health's matrix of bodies. Screenshots go to
 * test-results/e2e-work/.
 */

const UNIT = 'ttyt-lccd.tchc-tckt';
const COORDINATOR = 'ttyt-lccd.coordinator';
const NOTE = 'Đã xây dựng dự thảo, đang lấy ý kiến các khoa, phòng.';
const RETURN_COMMENT = 'Bổ sung danh sách các khoa, phòng đã góp ý.';

let pdfPath = '';
let rowKey = '';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-work', viewport: { width: 1400, height: 950 } });
  ({ page } = session);
  pdfPath = join(mkdtempSync(join(tmpdir(), 'e2e-work-')), 'bao-cao-ket-qua.pdf');
  writeFileSync(pdfPath, '%PDF-1.4\n%%EOF\n');
  // Only plans in force have work to do: the centre's 2026 plan is issued first.
  await session.issueDraftPlans('TTYT-LCCD');
});

afterAll(() => session?.close());

const shot = (name: string, fullPage = false) => session.shot(name, { fullPage });
const signIn = (username: string, password?: string) => session.signIn(username, password);
const signOut = () => session.signOut();

async function openWork(): Promise<void> {
  await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Nhiệm vụ & tiến độ' }).click();
  await page.waitForURL('**/nhiem-vu');
}

const row = () => page.locator(`tr[data-row-key="${rowKey}"]`);

/**
 * The dialog is gone once its mask and body have left the page. When it stays, the failure says what the
 * dialog shows (a field's message, the server's refusal) instead of only that it is still there.
 */
async function dialogClosed(): Promise<void> {
  const open = page.locator('.ant-modal-wrap:visible');
  const closed = await expect.poll(() => open.count(), { timeout: 20_000 }).toBe(0).then(() => true, () => false);
  if (!closed) throw new Error(`the dialog stayed open, showing: ${(await open.first().innerText().catch(() => '?')).replace(/\s+/g, ' ')}`);
}

/** Cancels the open dialog, clicking again when a click landed while it was still sliding in (seen on a busy CI machine). */
async function cancelDialog(): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const cancel = page.getByRole('dialog').getByRole('button', { name: 'Hủy' });
    await cancel.click({ timeout: 5000 }).catch(() => undefined);
    const closed = await expect
      .poll(() => page.locator('.ant-modal-wrap:visible').count(), { timeout: 3000 })
      .toBe(0)
      .then(
        () => true,
        () => false,
      );
    if (closed) return;
  }
  await dialogClosed();
}

/** Picks a status in the open dialog. */
/** The statuses the dialog's drop-down offered the last time one was picked. */
let offered: string[] = [];

async function pickStatus(label: string): Promise<void> {
  const select = page.getByRole('dialog').locator('.ant-select').first();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label });
  // On a busy machine a click on an option that is still sliding in can be lost: check the choice took.
  for (let attempt = 1; ; attempt++) {
    await session.openUntil(select, option);
    await option.waitFor();
    // The list may still be filling in as it slides open: read it once it shows what it offers.
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(async () => (await options.allTextContents()).length, { timeout: 10_000 }).toBeGreaterThan(1);
    offered = await options.allTextContents();
    // Read as the list closed: nothing was read, so look again.
    if (offered.length === 0 && attempt < 4) continue;
    // A click that waits for a list that has closed meanwhile would wait out the whole test: try again instead.
    await option.click({ timeout: 5000 }).catch(() => undefined);
    const taken = await select.getByText(label, { exact: true }).waitFor({ timeout: 3000 }).then(() => true, () => false);
    if (taken || attempt === 4) return;
  }
}

async function submitAsUnit(): Promise<void> {
  await row().getByRole('button', { name: 'Cập nhật' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Lịch sử', { exact: true }).waitFor();
  await dialog.getByRole('button', { name: 'Nộp kết quả' }).click();
  await dialogClosed();
  await row().locator('.ant-tag', { hasText: 'Chờ duyệt' }).waitFor();
}

describe('staff web app: tasks and progress', () => {
  it('lets a department record its work on a period with a PDF as evidence, and submit it', async () => {
    await signIn(UNIT);
    await openWork();
    // The demo has lived its year: take a period not started yet.
    const first = page.locator('.ant-table-tbody tr.ant-table-row', { has: page.locator('.ant-tag', { hasText: 'Chưa thực hiện' }) }).first();
    await first.waitFor();
    rowKey = (await first.getAttribute('data-row-key'))!;
    expect(rowKey).toBeTruthy();
    await shot('01-my-work');

    await row().getByRole('button', { name: 'Cập nhật' }).click();
    const dialog = page.getByRole('dialog');
    await pickStatus('Đang thực hiện');
    // A unit cannot mark its own work done (only a review can), and submits with its own button.
    expect(offered).toContain('Đang thực hiện');
    expect(offered).not.toContain('Hoàn thành');
    expect(offered).not.toContain('Chờ duyệt');
    // Progress follows the status: work under way is at least 1 %.
    await expect.poll(() => dialog.getByRole('spinbutton', { name: 'Tiến độ' }).inputValue()).toBe('1');
    await dialog.getByRole('spinbutton', { name: 'Tiến độ' }).fill('50');
    await dialog.getByLabel('Kết quả thực hiện').fill(NOTE);
    await dialog.locator('input[type="file"]').setInputFiles(pdfPath);
    await dialog.locator('.evidence-list').getByText('bao-cao-ket-qua.pdf').waitFor();
    await shot('02-update-dialog');
    await dialog.getByRole('button', { name: 'Lưu tiến độ' }).click();
    await dialogClosed();
    await row().locator('.ant-tag', { hasText: 'Đang thực hiện' }).waitFor();
    await row().getByText('50%', { exact: true }).waitFor();

    await submitAsUnit();
    await shot('03-submitted');
    await signOut();
  });

  it('lets the coordinator find it awaiting review and return it with a comment', async () => {
    await signIn(COORDINATOR);
    await openWork();
    await page.getByText('Chờ duyệt', { exact: true }).first().click();
    await row().waitFor();
    await shot('04-awaiting-review');
    await row().getByRole('button', { name: 'Trả lại' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ý kiến').fill(RETURN_COMMENT);
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialogClosed();
    await expect.poll(() => row().count(), { timeout: 10_000 }).toBe(0);
    await signOut();
  });

  it('lets the department see the comment and submit again; the coordinator accepts it and it reads as done', async () => {
    await signIn(UNIT);
    await openWork();
    await row().locator('.ant-tag', { hasText: 'Đang thực hiện' }).waitFor();
    await row().getByRole('button', { name: 'Cập nhật' }).click();
    await page.getByRole('dialog').getByText(RETURN_COMMENT).waitFor();
    await shot('05-returned-history');
    await cancelDialog();
    await submitAsUnit();
    await signOut();

    await signIn(COORDINATOR);
    await openWork();
    await page.getByText('Chờ duyệt', { exact: true }).first().click();
    await row().getByRole('button', { name: 'Duyệt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Duyệt' }).click();
    await dialogClosed();
    await expect.poll(() => row().count(), { timeout: 10_000 }).toBe(0);
    await signOut();

    await signIn(UNIT);
    await openWork();
    // Done work leaves "my work" (what is still to do); the status filter brings it back.
    await page.locator('tr[data-row-key]').first().waitFor();
    await expect(row().count()).resolves.toBe(0);
    const doneOption = page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Hoàn thành"]');
    await session.openUntil(page.getByRole('combobox', { name: 'Trạng thái' }), doneOption, { force: true });
    await doneOption.click();
    await row().locator('.ant-tag').getByText('Hoàn thành', { exact: true }).waitFor();
    await expect(row().getByRole('button', { name: 'Cập nhật' }).count()).resolves.toBe(0);
    await shot('06-done');
  });

  it('shows the accepted work on the board, and as done in the matrices of the centre and of the department of health', async () => {
    const mine = await (await page.request.get(`${session.server.url}/api/occurrences?mine=1&limit=1000`)).json();
    const work = mine.items.find((o: { id: string }) => o.id === rowKey) as { due: string; organization: { id: string } };
    const year = Number(work.due.slice(0, 4));
    const quarter = Math.ceil(Number(work.due.slice(5, 7)) / 3);

    await page.locator('.ant-segmented-item', { hasText: 'Bảng trạng thái' }).click();
    await page.waitForURL('**/nhiem-vu/bang');
    await page.locator(`section[data-status="done"] [data-occurrence="${rowKey}"]`).waitFor();
    await shot('07-board');
    await signOut();

    await signIn(COORDINATOR);
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Theo dõi tiến độ' }).click();
    await page.waitForURL('**/theo-doi');
    await page.goto(`${session.server.url}/theo-doi?nam=${year}`);
    const unitRow = page.locator(`tr[data-row-key="${work.organization.id}"]`);
    await expect.poll(() => unitRow.locator('td').nth(quarter).locator('.matrix-done').textContent(), { timeout: 10_000 }).toBe('1');
    await shot('08-matrix-units');
    await signOut();

    await signIn('syt-lc.director');
    await page.goto(`${session.server.url}/theo-doi?nam=${year}&theo=don-vi`);
    const centre = page.locator('tr', { has: page.getByRole('button', { name: 'Trung tâm Y tế khu vực Lào Cai - Cam Đường' }) });
    await expect.poll(() => centre.locator('td').nth(quarter).locator('.matrix-done').textContent(), { timeout: 10_000 }).toBe('1');
    await shot('09-matrix-bodies');
    await centre.getByRole('button', { name: 'Trung tâm Y tế khu vực Lào Cai - Cam Đường' }).click();
    await expect.poll(() => unitRow.locator('td').nth(quarter).locator('.matrix-done').textContent(), { timeout: 10_000 }).toBe('1');
    await shot('10-matrix-drill-down');
  });
});
