import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/**
 * Every main staff page on a 360 px phone, on the demo as it has lived its year: the page never
 * scrolls sideways (a wide table may scroll inside its own box), and each page's main content shows.
 * Screenshots of each page in test-results/e2e-phone/ for a person to look at.
 */

const PAGES: [name: string, path: string][] = [
  ['home', '/'],
  ['plans', '/ke-hoach'],
  ['plan', 'PLAN'],
  ['work-list', '/nhiem-vu'],
  ['work-board', '/nhiem-vu/bang'],
  ['work-calendar', '/nhiem-vu/lich'],
  ['follow-up', '/theo-doi'],
  ['reports', '/bao-cao'],
  ['communication', '/truyen-thong'],
  ['indices', '/chi-so'],
  ['organisations', '/to-chuc'],
  ['legal-documents', '/van-ban-phap-ly'],
];

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-phone', demoHistory: true, viewport: { width: 360, height: 780 } });
  ({ page } = session);
  await session.signIn('bvsn.coordinator');
});

afterAll(() => session?.close());

async function planPath(): Promise<string> {
  const plans: { items: { id: string; year: number; organization: { code: string } }[] } = await page.evaluate(() => fetch('/api/plans?limit=50').then((r) => r.json()));
  return `/ke-hoach/${plans.items.find((p) => p.organization.code === 'BVSN' && p.year === 2026)!.id}`;
}

it.each(PAGES)('shows %s at 360 px without scrolling sideways', async (name, path) => {
  await page.goto(`${session.server.url}${path === 'PLAN' ? await planPath() : path}`);
  await page.locator('#main-content').locator('h1, h2, h3, .ant-card').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
  await session.shot(`${name}-360`, { fullPage: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
});
