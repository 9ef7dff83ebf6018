import { openBrowserSession, type BrowserSession } from '../support/browser-session';

/** Issue 18: an integrator opens /api/docs and reads the API in the browser, under the server's own CSP. */
let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession({ shots: 'e2e-api-docs', viewport: { width: 1440, height: 900 } });
});

afterAll(() => session?.close());

it('shows the API described, from this server alone, with nothing refused by the page policy', async () => {
  const { page } = session;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(session.server.url)) outside.push(request.url());
  });
  await page.goto(`${session.server.url}/api/docs`);
  await page.locator('.swagger-ui .info .title', { hasText: 'CCHC' }).waitFor();
  await session.shot('api-docs-top');
  await page.locator('.opblock-tag', { hasText: 'plans' }).first().click();
  await page.locator('.opblock-summary-path', { hasText: '/api/plans/{id}' }).first().waitFor();
  await session.shot('api-docs');
  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
});
