import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startTestServer } from './test-server';

/**
 * Debian's Chromium as the browser tests drive it: headless as root, and with nothing that reaches
 * out to the network (this machine has none, and refused connections slow every start).
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type BrowserSession = {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** A screenshot into test-results/<folder>/, once dialogs and tabs have finished sliding in. */
  shot: (name: string, options?: { fullPage?: boolean; page?: Page }) => Promise<void>;
  /**
   * Clicks something that opens a dropdown until what it opens shows: a click that lands while a
   * dialog is still animating open can be lost, and on a busy machine that happens.
   */
  openUntil: (trigger: Locator, shown: Locator, options?: { force?: boolean }) => Promise<void>;
  signIn: (username: string, password?: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Brings a demo body's 2026 draft plans into force through the API (coordinator submits, director issues): only plans in force ask work of anyone. */
  issueDraftPlans: (bodyCode: string) => Promise<void>;
  close: () => Promise<void>;
};

/** The real server with the demo loaded and the built SPA, and a Vietnamese-speaking browser on it. */
export async function openBrowserSession(options: { shots: string; viewport?: { width: number; height: number }; /** The demo as it has lived its year, as `npm start` loads it. */ demoHistory?: boolean }): Promise<BrowserSession> {
  if (!existsSync(resolve('dist/web/index.html'))) throw new Error('dist/web is missing: run `npx vite build` before the browser tests.');
  const shots = resolve('test-results', options.shots);
  mkdirSync(shots, { recursive: true });
  const server = await startTestServer({ demoHistory: options.demoHistory });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  // Generous: on a busy two-core CI machine a page can take several seconds to settle.
  page.setDefaultTimeout(30_000);
  const settle = (target: Page) =>
    target.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 3000 }).catch(() => undefined);
  const openUntil: BrowserSession['openUntil'] = async (trigger, shown, { force = false } = {}) => {
    for (let attempt = 1; ; attempt++) {
      await settle(page);
      await trigger.click({ force });
      const opened = await shown.first().waitFor({ timeout: 2000 }).then(() => true, () => false);
      if (opened || attempt === 5) return;
    }
  };
  return {
    server,
    browser,
    context,
    page,
    shot: async (name, { fullPage = false, page: target = page } = {}) => {
      await settle(target);
      await target.screenshot({ path: `${shots}/${name}.png`, fullPage });
    },
    openUntil,
    signIn: async (username, password = server.demoPassword) => {
      // Through the front door: a signed-out visitor is sent to the sign-in page.
      await page.goto(`${server.url}/`);
      await page.waitForURL('**/dang-nhap');
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByText('Xin chào').waitFor();
    },
    signOut: async () => {
      // The account menu opens with an animation; on a busy machine a click during it can miss (seen once
      // with two browser suites side by side), so open it until the item shows and let it settle first.
      const item = page.getByRole('menuitem', { name: 'Đăng xuất' });
      await openUntil(page.getByRole('button', { name: 'Tài khoản' }), item);
      await settle(page);
      await item.click();
      await page.waitForURL('**/dang-nhap');
    },
    issueDraftPlans: async (bodyCode) => {
      const as = async (role: string) => {
        const api = await browser.newContext();
        const login = await api.request.post(`${server.url}/api/auth/login`, { data: { username: `${bodyCode.toLowerCase()}.${role}`, password: server.demoPassword } });
        if (!login.ok()) throw new Error(`sign-in as ${bodyCode} ${role}: ${login.status()}`);
        return api;
      };
      const coordinator = await as('coordinator');
      const director = await as('director');
      const drafts: { id: string; year: number; organization: { code: string } }[] = (await (await coordinator.request.get(`${server.url}/api/plans?state=draft&limit=100`)).json()).items;
      for (const plan of drafts.filter((p) => p.organization.code === bodyCode && p.year === 2026)) {
        for (const [api, to] of [[coordinator, 'submitted'], [director, 'issued']] as const) {
          const moved = await api.request.post(`${server.url}/api/plans/${plan.id}/transition`, { data: { to } });
          if (!moved.ok()) throw new Error(`plan ${plan.id} → ${to}: ${moved.status()} ${await moved.text()}`);
        }
      }
      await coordinator.close();
      await director.close();
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
