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
  ['procedures', '/thu-tuc'],
  ['procedure', 'PROCEDURE'],
  ['procedure-postings', '/thu-tuc/don-vi'],
  ['feedback', '/phan-anh'],
  ['feedback-item', 'FEEDBACK'],
  ['surveys', '/khao-sat'],
  ['survey-results', 'SURVEY'],
];

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-phone', demoHistory: true, viewport: { width: 360, height: 780 } });
  ({ page } = session);
  await session.signIn('bvsn.coordinator');
});

afterAll(() => session?.close());

/** A procedure of the body that has something in each part of its page: steps, dossier, decisions, postings. */
async function procedurePath(): Promise<string> {
  const list: { items: { id: string; code: string }[] } = await page.evaluate(() => fetch('/api/procedures?limit=100').then((r) => r.json()));
  return `/thu-tuc/${list.items.find((p) => p.code === 'BVSN-TT-01')!.id}`;
}

async function planPath(): Promise<string> {
  const plans: { items: { id: string; year: number; organization: { code: string } }[] } = await page.evaluate(() => fetch('/api/plans?limit=50').then((r) => r.json()));
  return `/ke-hoach/${plans.items.find((p) => p.organization.code === 'BVSN' && p.year === 2026)!.id}`;
}

/** A feedback item with an answer, its steps and the citizen's contact: the longest page of the kind. */
async function feedbackPath(): Promise<string> {
  const list: { items: { id: string; state: string; hasContact: boolean }[] } = await page.evaluate(() => fetch('/api/feedback?limit=100').then((r) => r.json()));
  return `/phan-anh/${list.items.find((f) => f.state === 'answered' && f.hasContact)!.id}`;
}

/** The SIPAS survey's results, with its charts. */
async function surveyPath(): Promise<string> {
  const list: { items: { id: string; template: string | null }[] } = await page.evaluate(() => fetch('/api/surveys').then((r) => r.json()));
  return `/khao-sat/${list.items.find((s) => s.template === 'sipas')!.id}?xem=ket-qua`;
}

/** Pages whose address holds an id of the demo, found when the page is visited. */
const FOUND: Record<string, () => Promise<string>> = { PLAN: planPath, PROCEDURE: procedurePath, FEEDBACK: feedbackPath, SURVEY: surveyPath };

it.each(PAGES)('shows %s at 360 px without scrolling sideways', async (name, path) => {
  await page.goto(`${session.server.url}${FOUND[path] ? await FOUND[path]() : path}`);
  await page.locator('#main-content').locator('h1, h2, h3, .ant-card').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
  await session.shot(`${name}-360`, { fullPage: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
});
