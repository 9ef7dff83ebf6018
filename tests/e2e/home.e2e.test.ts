import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * The coordinator's 8 a.m., in Chromium on the demo as it has lived its year: the home page says what
 * is late and waiting, each figure opens the list behind it, the follow-up matrix shows the same year,
 * and the plan's undated tasks are given one schedule from the warning that names them.
 */

const REVIEW_VIEW = 'Chờ duyệt';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-home', demoHistory: true, viewport: { width: 1440, height: 900 } });
  ({ page } = session);
});

afterAll(() => session?.close());

type Home = { body: { tally: { done: number; late: number; undated: number } }; mine: { late: number; toReview: number } };

async function homeFigures(): Promise<Home> {
  return page.evaluate(async () => (await fetch('/api/home')).json());
}

const tile = (label: string) => page.getByRole('link', { name: new RegExp(`^${label}\\s*\\d+$`) });

it("shows the coordinator's work this morning, each figure a link to its list", async () => {
  await session.signIn('bvsn.coordinator');
  await page.getByText('Tiến độ năm').first().waitFor();
  const home = await homeFigures();
  expect(home.body.tally.late).toBeGreaterThan(0);
  await expect(tile('Chờ tôi duyệt').textContent()).resolves.toContain(String(home.mine.toReview));
  await page.getByText(`Đã xong ${home.body.tally.done}/`).waitFor();
  await session.shot('home-coordinator-1440', { fullPage: true });

  await tile('Chờ tôi duyệt').click();
  await page.waitForURL('**/nhiem-vu?xem=cho-duyet');
  await page.locator('.ant-segmented-item-selected', { hasText: REVIEW_VIEW }).waitFor();
  await session.shot('home-review-list');
});

it('shows the same year in the follow-up matrix', async () => {
  const home = await homeFigures();
  await page.goto(page.url().replace(/\/nhiem-vu.*$/, '/theo-doi'));
  const totals = page.getByRole('row', { name: /Tổng cộng/ });
  await totals.waitFor();
  await expect(totals.locator('.matrix-done').last().textContent()).resolves.toBe(String(home.body.tally.done));
  await expect(totals.locator('.matrix-late').last().textContent()).resolves.toBe(String(home.body.tally.late));
  await expect(totals.locator('.matrix-undated').last().textContent()).resolves.toBe(`+${home.body.tally.undated}`);
  await session.shot('follow-up-lived-year', { fullPage: true });
});

it('gives the undated tasks of the plan one schedule from the warning that names them', async () => {
  const before = await homeFigures();
  expect(before.body.tally.undated).toBeGreaterThan(0);
  const plans: { items: { id: string; year: number; organization: { code: string }; kind: string }[] } = await page.evaluate(async () => (await fetch('/api/plans?limit=50')).json());
  const plan = plans.items.find((p) => p.organization.code === 'BVSN' && p.year === 2026 && p.kind === 'cchc')!;
  await page.goto(page.url().replace(/\/theo-doi.*$/, `/ke-hoach/${plan.id}?tab=tasks`));
  const warning = page.getByRole('alert').filter({ hasText: 'nhiệm vụ chưa có thời hạn' });
  await warning.waitFor();
  await warning.getByRole('combobox', { name: 'Thời hạn, ví dụ "Thường xuyên"' }).fill('Thường xuyên');
  const apply = warning.getByRole('button', { name: /^Áp dụng cho \d+ nhiệm vụ$/ });
  await expect.poll(() => apply.isEnabled(), { timeout: 15_000 }).toBe(true);
  await session.shot('undated-warning');
  await apply.click();
  await warning.waitFor({ state: 'detached' });
  const after = await homeFigures();
  expect(after.body.tally.undated).toBe(0);
  // Each undated task had one period per responsible unit; "Thường xuyên" gives it one per quarter.
  expect(after.body.tally.done + after.body.tally.late).toBeGreaterThanOrEqual(before.body.tally.done + before.body.tally.late);
});

it('is usable on a 360 px phone: the figures and the late work show without scrolling sideways', async () => {
  const phone = await session.context.newPage();
  await phone.setViewportSize({ width: 360, height: 780 });
  await phone.goto(page.url().replace(/\/ke-hoach.*$/, '/'));
  await phone.getByText('Xin chào').waitFor();
  const late = phone.getByRole('link', { name: /^Trễ hạn\s*\d+$/ });
  const box = (await late.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await session.shot('home-coordinator-360', { page: phone, fullPage: true });
  await phone.close();
});
