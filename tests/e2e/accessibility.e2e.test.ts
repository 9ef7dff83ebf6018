import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * Accessibility basics in Chromium against the real server: axe-core checks the main staff pages as the
 * demo hospital's CCHC coordinator and as its director sees them, and refuses any serious or critical
 * violation (colour contrast included). The keyboard path is checked too: the first Tab lands on the skip
 * link, which takes focus to the main content. Screenshots at 1440 and 360 px in test-results/e2e-accessibility/.
 */

const MAIN_PAGES = ['/', '/ke-hoach', 'PLAN', '/nhiem-vu', '/nhiem-vu/bang', '/theo-doi', '/bao-cao', '/truyen-thong', '/chi-so', '/to-chuc', '/phan-anh', '/khao-sat'] as const;

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-accessibility', viewport: { width: 1440, height: 900 } });
  ({ page } = session);
});
afterAll(() => session?.close());
// Each test signs in as its own person, whatever the one before left behind.
beforeEach(() => session.context.clearCookies());

/** Once the page's data has come and nothing spins or slides any more. */
async function settled(): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning, .ant-skeleton-active, .page-loading').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
  // Rows and tags fade in as data arrives; axe must see the colours they end with, not halfway through.
  // Endless ones (an active progress bar's shimmer) never finish and do not change colours.
  const still = () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
  for (let quiet = 0, tries = 0; quiet < 2 && tries < 20; tries++) {
    await page.waitForTimeout(250);
    quiet = (await page.evaluate(still)) ? quiet + 1 : 0;
  }
}

async function firstPlanPath(): Promise<string> {
  const plans = await page.evaluate(() => fetch('/api/plans?limit=1').then((r) => r.json() as Promise<{ items: { id: string }[] }>));
  expect(plans.items.length, 'the demo has plans').toBeGreaterThan(0);
  return `/ke-hoach/${plans.items[0]!.id}`;
}

/** Every main page, checked one after the other; the failure lists each page's violations. */
async function checkMainPages(who: string): Promise<void> {
  const problems: string[] = [];
  for (const entry of MAIN_PAGES) {
    const path = entry === 'PLAN' ? await firstPlanPath() : entry;
    await page.goto(`${session.server.url}${path}`);
    await page.locator('#main-content').waitFor().catch(() => {
      throw new Error(`${who} ${path}: the page did not open`);
    });
    await settled();
    const violations = await seriousViolations(page);
    if (violations.length > 0) problems.push(describeViolations(`${who} ${path}`, violations));
  }
  expect(problems.join('\n\n')).toBe('');
}

describe('staff web app: accessibility', () => {
  it('has no serious or critical violations on the main pages for the hospital’s CCHC coordinator', async () => {
    await session.signIn('bvsn.coordinator');
    await checkMainPages('bvsn.coordinator');
  }, 180_000);

  it('offers a skip link as the first stop of the keyboard, and shows where the focus is', async () => {
    await session.signIn('bvsn.coordinator');
    await page.goto(`${session.server.url}/ke-hoach`);
    await settled();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    await session.shot('plans-1440-skip-link');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    // The next Tab goes into the page, not back to the menu, and the element it reaches is outlined.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement!;
      return { inMain: !!el.closest('#main-content'), style: getComputedStyle(el).outlineStyle };
    });
    expect(outline).toEqual({ inMain: true, style: 'solid' });
    await session.shot('plans-1440-focus');

    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${session.server.url}/nhiem-vu`);
    await settled();
    await page.keyboard.press('Tab');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await session.shot('work-360-skip-link');
    await page.keyboard.press('Tab');
    await session.shot('work-360-focus');
    await expect(seriousViolations(page).then((v) => describeViolations('bvsn.coordinator /nhiem-vu at 360 px', v))).resolves.toMatch(/: 0 serious/);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('has no serious or critical violations on the main pages for the hospital’s director', async () => {
    await session.signIn('bvsn.director');
    await checkMainPages('bvsn.director');
  }, 180_000);
});
