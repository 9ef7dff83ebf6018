import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { seedPath, seedsAvailable } from '../support/seeds';

/**
 * Importing an existing plan, in Chromium against the real server: the health centre's coordinator
 * uploads last year's communication plan (a seed, as text), reads the source beside the draft,
 * corrects the title and one lead, saves, and lands on the new draft plan with its tasks.
 * Screenshots at 1280 and 360 px go to test-results/e2e-plan-import/ for a person to look at.
 */

const SEED = seedPath('002_6c8ca109d674577c.txt');
const TITLE = 'Thông tin, tuyên truyền cải cách hành chính năm 2026 (nhập từ tệp)';
const NEW_LEAD = 'Khoa Khám bệnh';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-plan-import', viewport: { width: 1280, height: 900 } });
  page = session.page;
}, 120_000);
afterAll(() => session?.close());

/** The page on a phone: its top, and the part a selector names scrolled into view. */
const narrow = async (name: string, part: string) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await session.shot(`${name}-360`);
  await page.locator(part).first().scrollIntoViewIfNeeded();
  await session.shot(`${name}-360-part`);
  await page.setViewportSize({ width: 1280, height: 900 });
};

describe.skipIf(!seedsAvailable)('staff web app: importing a plan', () => {
  it('reads an uploaded plan into a draft shown beside its source', async () => {
    await session.signIn('ttyt-lccd.coordinator');
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Kế hoạch' }).click();
    await page.waitForURL('**/ke-hoach');
    await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
    await page.waitForURL('**/ke-hoach/nhap');
    await page.getByText('Kéo thả hoặc bấm để chọn tệp kế hoạch').waitFor();
    await session.shot('1-upload');

    await page.locator('input[type="file"]').setInputFiles(SEED);
    const source = page.getByTestId('import-source');
    await source.waitFor();
    await expect(source.innerText()).resolves.toContain('Phòng TCHC-TCKT');
    await page.getByText('Bản nháp kế hoạch').waitFor();
    await expect(page.locator('#plan-import-title').inputValue()).resolves.toContain('Thông tin, tuyên truyền');
    // The lead the document writes is matched to the centre's department.
    await expect(page.getByTestId('import-lead-0').innerText()).resolves.toContain('Phòng Tổ chức hành chính - Tài chính kế toán');
    // A line the importer did not understand is marked, and its entry in the list scrolls to it.
    const problem = page.locator('.plan-import-problems button').first();
    const line = Number((await problem.innerText()).replace(/\D/g, ''));
    await problem.click();
    await source.locator(`[data-line="${line}"].flagged.active`).waitFor();
    await session.shot('2-review');
    await page.locator('.plan-import-tasks').scrollIntoViewIfNeeded();
    await session.shot('2-review-tasks');
    await narrow('2-review', '.plan-import-tasks');
  });

  it('saves the corrected draft as a draft plan and opens it', async () => {
    await page.locator('#plan-import-title').fill(TITLE);
    await session.openUntil(page.getByTestId('import-lead-0'), page.locator('.ant-select-dropdown:visible'));
    await page.keyboard.type('kham benh');
    await page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: NEW_LEAD }).first().click();
    await expect(page.getByTestId('import-lead-0').innerText()).resolves.toContain(NEW_LEAD);
    await session.shot('3-corrected');

    await page.getByRole('button', { name: 'Lưu thành dự thảo' }).click();
    await page.waitForURL(/\/ke-hoach\/(?!nhap)[^/?]+$/);
    await page.getByText(TITLE).first().waitFor();
    await page.getByText('Dự thảo').first().waitFor();
    await session.shot('4-saved-plan');

    await page.getByRole('tab', { name: /Bảng nhiệm vụ/ }).click();
    await page.locator('.task-grid').waitFor();
    expect(await page.locator('.task-row').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('[data-cell="0:3"]').innerText()).resolves.toContain(NEW_LEAD);
    await expect(page.locator('[data-cell="1:3"]').innerText()).resolves.toContain('Phòng Tổ chức hành chính - Tài chính kế toán');
    await session.shot('5-saved-tasks', { fullPage: true });
    await narrow('5-saved-tasks', '.task-grid');
  });
});
